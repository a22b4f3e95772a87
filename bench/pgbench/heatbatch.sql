-- The DB work of one batch upload of 100 heats (HeatWriter.insert with 100 heats): token check, then heats, readings,
-- charges and audit rows in one transaction. The application sends each insert as one multi-row VALUES statement;
-- here each is an INSERT … SELECT over generate_series with the same rows, so the ceiling is of the same writes.
select t.last_used_at, a.id, a.username, a.display_name, a.password_hash, a.role, a.cooperative_id, a.member_id, a.buyer_id,
       a.enabled, a.locked_until
from api_token t join account a on a.id = t.account_id where t.token_hash = :token_hash and t.revoked_at is null;
begin;
create temporary table if not exists batch_ids (id bigint) on commit delete rows;
with h as (
  insert into heat (cooperative_id, member_id, furnace, melted_on, heat_number, grade_code, tensile_mpa, hardness_hb, specimen,
                    version, created_at, created_by, modified_at, modified_by)
  select :coop, :member, 'Kupola 1', date '2026-11-30', 'Q' || :client_id || '-' || txid_current() || '-' || g, 'FC200', 215, 190,
         'SEPARATELY_CAST', 1, now(), 'bench.member', now(), 'bench.member' from generate_series(1, 100) g
  returning id)
insert into batch_ids select id from h;
insert into heat_reading (heat_id, element, mass_percent)
select b.id, e.el, e.pct from batch_ids b cross join (values ('C', 3.30), ('SI', 2.10), ('MN', 0.62), ('P', 0.08), ('S', 0.07)) e(el, pct);
insert into heat_charge (heat_id, heat_key, material, weight_kg, origin, supplier, purchase_reference)
select b.id, c.k, c.m, c.w, c.o, c.s, null from batch_ids b
cross join (values (0, 'STEEL_SCRAP', 420, 'DOMESTIC', null), (1, 'PIG_IRON', 180, 'IMPORTED', 'bench')) c(k, m, w, o, s);
insert into audit_event (occurred_at, actor, entity_type, entity_id, action, changed_fields, snapshot)
select now(), 'bench.member', 'heat', b.id, 'CREATED', '', '{"id":1,"cooperativeId":1,"memberId":1,"furnace":"Kupola 1","meltedOn":"2026-11-30","heatNumber":"P1","gradeCode":"FC200","analysedOn":null,"tensileMpa":215,"hardnessHb":190,"specimen":"SEPARATELY_CAST","readings":[{"element":"C","massPercent":3.3000},{"element":"SI","massPercent":2.1000},{"element":"MN","massPercent":0.6200},{"element":"P","massPercent":0.0800},{"element":"S","massPercent":0.0700}],"charges":[{"material":"STEEL_SCRAP","weightKg":420.00,"origin":"DOMESTIC","supplier":null,"purchaseReference":null},{"material":"PIG_IRON","weightKg":180.00,"origin":"IMPORTED","supplier":"bench","purchaseReference":null}],"version":1}'
from batch_ids b;
commit;
