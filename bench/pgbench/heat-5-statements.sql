-- The heat submission of the lean path before the single statement (bench/scale-heats.md, bench/scale-heats2.md), kept to
-- measure its ceiling: the token and its account in one statement, then heat, readings, charge and audit row in one
-- transaction (BEGIN, four INSERTs, COMMIT). pgbench -f bench/pgbench/heat-5-statements.sql with the variables of heat.sql.
\set c random(300, 350)
select t.last_used_at, a.id, a.username, a.display_name, a.password_hash, a.role, a.cooperative_id, a.member_id, a.buyer_id,
       a.enabled, a.locked_until
from api_token t join account a on a.id = t.account_id where t.token_hash = :token_hash and t.revoked_at is null;
begin;
insert into heat (cooperative_id, member_id, furnace, melted_on, heat_number, grade_code, tensile_mpa, hardness_hb, specimen,
                  version, created_at, created_by, modified_at, modified_by)
values (:coop, :member, 'Kupola 1', date '2026-11-30', 'P' || :client_id || '-' || txid_current(), 'FC200', 215, 190,
        'SEPARATELY_CAST', 1, now(), 'bench.member', now(), 'bench.member') returning id as heat, heat_number \gset
insert into heat_reading (heat_id, element, mass_percent) values (:heat, 'C', :c / 100.0), (:heat, 'SI', 2.10), (:heat, 'MN', 0.62),
       (:heat, 'P', 0.08), (:heat, 'S', 0.07);
insert into heat_charge (heat_id, heat_key, material, weight_kg, origin, supplier, purchase_reference)
values (:heat, 0, 'STEEL_SCRAP', 420, 'DOMESTIC', null, null), (:heat, 1, 'PIG_IRON', 180, 'IMPORTED', 'bench', null);
insert into audit_event (occurred_at, actor, entity_type, entity_id, action, changed_fields, snapshot)
values (now(), 'bench.member', 'heat', :heat, 'CREATED', '', '{"id":1,"cooperativeId":1,"memberId":1,"furnace":"Kupola 1","meltedOn":"2026-11-30","heatNumber":"P1","gradeCode":"FC200","analysedOn":null,"tensileMpa":215,"hardnessHb":190,"specimen":"SEPARATELY_CAST","readings":[{"element":"C","massPercent":3.3000},{"element":"SI","massPercent":2.1000},{"element":"MN","massPercent":0.6200},{"element":"P","massPercent":0.0800},{"element":"S","massPercent":0.0700}],"charges":[{"material":"STEEL_SCRAP","weightKg":420.00,"origin":"DOMESTIC","supplier":null,"purchaseReference":null},{"material":"PIG_IRON","weightKg":180.00,"origin":"IMPORTED","supplier":"bench","purchaseReference":null}],"version":1}');
commit;
