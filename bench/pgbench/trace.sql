-- A heat's recall list (TraceQueries.heat + lotsOfHeat), after the API token check the application does on every API call.
\set i random(1, :heats)
select id as heat from bench_sample where kind = 'heat' and n = :i \gset
select account_id from api_token where token_hash = :token_hash and revoked_at is null;
update api_token set last_used_at = now() where token_hash = :token_hash and (last_used_at is null or last_used_at < now() - interval '1 minute');
select id, username, display_name, password_hash, role, cooperative_id, member_id, buyer_id, enabled, locked_until from account where id = :account;
select h.id, h.cooperative_id, h.member_id, m.legal_name, h.heat_number, h.melted_on, h.furnace,
       h.grade_code, hc.material, hc.weight_kg, hc.origin, hc.supplier, hc.purchase_reference
from heat h join member m on m.id = h.member_id left join heat_charge hc on hc.heat_id = h.id
where h.id = :heat order by hc.heat_key;
select l.id as lot_id, l.made_on, l.quantity_made, l.cooperative_id, l.member_id,
       w.id as work_order_id, w.period, w.part_name, w.status, m.legal_name,
       c.id as contract_id, c.reference, c.title, b.id as buyer_id, b.name as buyer_name, cert.number as certificate_number
from lot l join work_order w on w.id = l.work_order_id join member m on m.id = l.member_id
join contract c on c.id = w.contract_id join buyer b on b.id = c.buyer_id left join certificate cert on cert.lot_id = l.id
join lot_heat lh on lh.lot_id = l.id where lh.heat_id = :heat order by l.made_on, l.id;
