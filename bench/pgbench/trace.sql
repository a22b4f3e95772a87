-- A heat's recall list (Traceability.heat → TraceQueries.recall) as the application sends it: the API token and its
-- account in one statement, then the heat with its charge lines and every lot poured from it in ONE statement
-- (UNION ALL of the two parts), outside a transaction. Before: the old three-statement token check, the heat and its lots
-- in two statements (git history of this file; bench/scale-heats2.md).
\set i random(1, :heats)
select id as heat from bench_sample where kind = 'heat' and n = :i \gset
select t.last_used_at, a.id, a.username, a.display_name, a.password_hash, a.role, a.cooperative_id, a.member_id, a.buyer_id,
       a.enabled, a.locked_until
from api_token t join account a on a.id = t.account_id where t.token_hash = :token_hash and t.revoked_at is null;
select 0 as part, h.id, h.cooperative_id, h.member_id, m.legal_name, h.heat_number, h.melted_on, h.furnace,
       h.grade_code, hc.heat_key, hc.material, hc.weight_kg, hc.origin, hc.supplier, hc.purchase_reference,
       null::bigint as lot_id, null::date as made_on, null::integer as quantity_made, null::bigint as work_order_id,
       null::date as period, null::varchar as part_name, null::varchar as status, null::bigint as contract_id,
       null::varchar as reference, null::varchar as title, null::bigint as buyer_id, null::varchar as buyer_name,
       null::varchar as certificate_number
from heat h
join member m on m.id = h.member_id
left join heat_charge hc on hc.heat_id = h.id
where h.id = :heat
union all
select 1, null, l.cooperative_id, l.member_id, m.legal_name, null, null, null,
       null, null, null, null, null, null, null,
       l.id, l.made_on, l.quantity_made, w.id, w.period, w.part_name, w.status, c.id,
       c.reference, c.title, b.id, b.name,
       cert.number
from lot_heat lh
join lot l on l.id = lh.lot_id
join work_order w on w.id = l.work_order_id
join member m on m.id = l.member_id
join contract c on c.id = w.contract_id
join buyer b on b.id = c.buyer_id
left join certificate cert on cert.lot_id = l.id
where lh.heat_id = :heat
order by part, heat_key, made_on, lot_id;
