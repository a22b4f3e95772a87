-- The ministry's home page since V20 (insight.NationalFigures.current): the latest refresh's row; the per-cluster rows
-- and chart slices are read again only when a newer refresh appears (every ten minutes), so a request sends this alone.
select id, refreshed_at, members, workforce, capacity_kg from national_figures order by id desc fetch first 1 rows only;
