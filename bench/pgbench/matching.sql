-- Matchmaking for a buyer across every cluster (Matchmaker.rank: the active members' capabilities, the price levels
-- and the check for members whose records changed: the twelve-month records themselves are summed once and kept,
-- QualityRecords), after the API token check.
select account_id from api_token where token_hash = :token_hash and revoked_at is null;
update api_token set last_used_at = now() where token_hash = :token_hash and (last_used_at is null or last_used_at < now() - interval '1 minute');
select id, username, display_name, password_hash, role, cooperative_id, member_id, buyer_id, enabled, locked_until from account where id = :account;
select member_id, rupiah_per_kg from member_price where material = 'GREY_IRON';
select member_id from work_order where modified_at >= now() - interval '2 minutes' and modified_at < now()
union select member_id from lot_inspection where modified_at >= now() - interval '2 minutes' and modified_at < now();
select m.id, m.legal_name, m.cooperative_id, c.name as cooperative_name, cl.name as cluster_name, m.kabupaten, m.latitude, m.longitude
from member m join cooperative c on c.id = m.cooperative_id join cluster cl on cl.id = c.cluster_id
where m.active = true order by m.id;
select p.member_id, p.process as v from member_process p join member m on m.id = p.member_id where m.active = true;
select t.member_id, t.material as v from member_material t join member m on m.id = t.member_id where m.active = true;
select e.member_id, e.kind as v from member_equipment e join member m on m.id = e.member_id where m.active = true;
select x.member_id, x.kind, x.reference, x.issuer, x.valid_until from member_certification x join member m on m.id = x.member_id where m.active = true;
select k.member_id, k.material, sum(k.amount) as kg from member_capacity k join member m on m.id = k.member_id
where k.unit = 'KG_PER_MONTH' and k.material is not null and m.active = true group by k.member_id, k.material;
