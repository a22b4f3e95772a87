-- Matchmaking keeps the suppliers' twelve-month records and refreshes only the members whose work orders or lot
-- inspections changed since its last look (QualityRecords, RecordChanges): both read by modification time.
create index work_order_modified_idx on work_order (modified_at);
create index lot_inspection_modified_idx on lot_inspection (modified_at);
