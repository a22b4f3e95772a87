-- The heat submission before the lean path (17 statements; bench/scale-heats.md), kept to measure the old ceiling:
--   bench/run ... uses heat.sql; pgbench -f bench/pgbench/heat-17-statements.sql with the same variables.
-- One heat posted through the API (HeatBook.record then get, with the audit entry), as the application sends it:
-- token check, the member's profile, the number check, the inserts in one transaction, the heat read back.
\set c random(300, 350)
select account_id from api_token where token_hash = :token_hash and revoked_at is null;
update api_token set last_used_at = now() where token_hash = :token_hash and (last_used_at is null or last_used_at < now() - interval '1 minute');
select id, username, display_name, password_hash, role, cooperative_id, member_id, buyer_id, enabled, locked_until from account where id = :account;
begin;
select * from member where id = :member;
select process from member_process where member_id = :member;
select material from member_material where member_id = :member;
select kind, units, kg_per_heat, furnace_type, heats_per_day, member_key from member_equipment where member_id = :member order by member_key;
select kind, issuer, reference, valid_until, member_key from member_certification where member_id = :member order by member_key;
select unit, amount, material, product_family, member_key from member_capacity where member_id = :member order by member_key;
select id from heat where member_id = :member and heat_number = 'P' || :client_id || '-' || txid_current() limit 1;
insert into heat (analysed_on, cooperative_id, created_at, created_by, furnace, grade_code, hardness_hb, heat_number, melted_on,
                  member_id, modified_at, modified_by, specimen, tensile_mpa, version)
values (null, :coop, now(), 'bench.member', 'Kupola 1', 'FC200', 190, 'P' || :client_id || '-' || txid_current(), date '2026-11-30',
        :member, now(), 'bench.member', 'SEPARATELY_CAST', 215, 1) returning id as heat \gset
insert into heat_reading (element, heat_id, mass_percent) values ('C', :heat, :c / 100.0), ('SI', :heat, 2.10), ('MN', :heat, 0.62),
       ('P', :heat, 0.08), ('S', :heat, 0.07);
insert into heat_charge (heat_id, heat_key, material, origin, purchase_reference, supplier, weight_kg)
values (:heat, 0, 'STEEL_SCRAP', 'DOMESTIC', null, null, 420), (:heat, 1, 'PIG_IRON', 'IMPORTED', null, 'bench', 180);
select snapshot from audit_event where entity_type = 'heat' and entity_id = :heat order by id desc fetch first 1 rows only;
insert into audit_event (occurred_at, actor, entity_type, entity_id, action, changed_fields, snapshot)
values (now(), 'bench.member', 'heat', :heat, 'CREATED', '', '{}');
commit;
select * from heat where id = :heat;
select element, mass_percent from heat_reading where heat_id = :heat;
select origin, weight_kg, material, supplier, purchase_reference, heat_key from heat_charge where heat_id = :heat order by heat_key;
