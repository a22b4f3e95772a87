-- One heat posted through the API (HeatBook.recorded → HeatWriter), as the application sends it on PostgreSQL: the token
-- and its account in one statement, then heat, readings, charge lines and audit row in ONE statement (data-modifying
-- CTEs over arrays), sent outside a transaction: no BEGIN/COMMIT round trips, one commit. The member's cooperative is
-- kept by the application after its first heat (it never changes). The application sends the arrays as parameters of
-- a prepared statement; here they are literals (the heat number is unique per transaction, as the bench's are).
-- Before: the five statements in BEGIN/COMMIT of bench/pgbench/heat-5-statements.sql (bench/scale-heats2.md).
\set c random(300, 350)
select t.last_used_at, a.id, a.username, a.display_name, a.password_hash, a.role, a.cooperative_id, a.member_id, a.buyer_id,
       a.enabled, a.locked_until
from api_token t join account a on a.id = t.account_id where t.token_hash = :token_hash and t.revoked_at is null;
with h as (
  insert into heat (cooperative_id, member_id, furnace, melted_on, heat_number, grade_code, tensile_mpa, hardness_hb, specimen,
                    version, created_at, created_by, modified_at, modified_by)
  select :coop, :member, v.furnace, v.melted_on, v.heat_number, v.grade_code, v.tensile_mpa, v.hardness_hb, v.specimen,
         1, now(), 'bench.member', now(), 'bench.member'
  from unnest('{Kupola 1}'::varchar[], '{2026-11-30}'::date[], array['P' || :client_id || '-' || txid_current()]::varchar[],
              '{FC200}'::varchar[], '{215}'::integer[], '{190}'::integer[], '{SEPARATELY_CAST}'::varchar[])
       as v(furnace, melted_on, heat_number, grade_code, tensile_mpa, hardness_hb, specimen)
  returning id, heat_number),
r as (
  insert into heat_reading (heat_id, element, mass_percent)
  select h.id, v.element, v.mass_percent
  from unnest(array_fill('P' || :client_id || '-' || txid_current(), array[5])::varchar[], '{C,SI,MN,P,S}'::varchar[],
              array[:c / 100.0, 2.10, 0.62, 0.08, 0.07]::numeric[]) as v(heat_number, element, mass_percent)
  join h on h.heat_number = v.heat_number),
c as (
  insert into heat_charge (heat_id, heat_key, material, weight_kg, origin, supplier, purchase_reference)
  select h.id, v.heat_key, v.material, v.weight_kg, v.origin, v.supplier, v.purchase_reference
  from unnest(array_fill('P' || :client_id || '-' || txid_current(), array[2])::varchar[], '{0,1}'::integer[],
              '{STEEL_SCRAP,PIG_IRON}'::varchar[], '{420,180}'::numeric[], '{DOMESTIC,IMPORTED}'::varchar[],
              '{NULL,bench}'::varchar[], '{NULL,NULL}'::varchar[])
       as v(heat_number, heat_key, material, weight_kg, origin, supplier, purchase_reference)
  join h on h.heat_number = v.heat_number),
a as (
  insert into audit_event (occurred_at, actor, entity_type, entity_id, action, changed_fields, snapshot)
  select now(), 'bench.member', 'heat', h.id, 'CREATED', '', '{"id":' || h.id || v.rest
  from unnest(array['P' || :client_id || '-' || txid_current()]::varchar[],
              array[',"cooperativeId":1,"memberId":1,"furnace":"Kupola 1","meltedOn":"2026-11-30","heatNumber":"P1","gradeCode":"FC200","analysedOn":null,"tensileMpa":215,"hardnessHb":190,"specimen":"SEPARATELY_CAST","readings":[{"element":"C","massPercent":3.3000},{"element":"SI","massPercent":2.1000},{"element":"MN","massPercent":0.6200},{"element":"P","massPercent":0.0800},{"element":"S","massPercent":0.0700}],"charges":[{"material":"STEEL_SCRAP","weightKg":420.00,"origin":"DOMESTIC","supplier":null,"purchaseReference":null},{"material":"PIG_IRON","weightKg":180.00,"origin":"IMPORTED","supplier":"bench","purchaseReference":null}],"version":1,"createdAt":"2026-11-30T10:00:00Z","createdBy":"bench.member","modifiedAt":"2026-11-30T10:00:00Z","modifiedBy":"bench.member"}']::text[])
       as v(heat_number, rest)
  join h on h.heat_number = v.heat_number)
select id, heat_number from h;
