-- The member list as a buyer filters it (MemberSearch: count, one page of 25, its sets, the kabupaten choices).
\set page random(0, 4)
\set first_id random(1, :members)
select count(*) from member m where 1 = 1 and exists (select 1 from member_process p where p.member_id = m.id and p.process = 'SAND_CASTING')
  and exists (select 1 from member_material t where t.member_id = m.id and t.material = 'GREY_IRON')
  and (select coalesce(sum(k.amount), 0) from member_capacity k where k.member_id = m.id and k.unit = 'KG_PER_MONTH' and k.material = 'GREY_IRON') >= 1000
  and m.active = true;
select m.id, m.cooperative_id, c.name as cooperative_name, m.legal_name, m.nib, m.owner_name,
       m.kecamatan, m.kabupaten, m.workforce, m.active,
       (select coalesce(sum(k.amount), 0) from member_capacity k where k.member_id = m.id and k.unit = 'KG_PER_MONTH') as capacity_kg
from member m join cooperative c on c.id = m.cooperative_id where 1 = 1
  and exists (select 1 from member_process p where p.member_id = m.id and p.process = 'SAND_CASTING')
  and exists (select 1 from member_material t where t.member_id = m.id and t.material = 'GREY_IRON')
  and (select coalesce(sum(k.amount), 0) from member_capacity k where k.member_id = m.id and k.unit = 'KG_PER_MONTH' and k.material = 'GREY_IRON') >= 1000
  and m.active = true order by m.legal_name, m.id limit 25 offset :page * 25;
select member_id, process as v from member_process where member_id between :first_id and :first_id + 24;
select member_id, material as v from member_material where member_id between :first_id and :first_id + 24;
select member_id, kind as v from member_equipment where member_id between :first_id and :first_id + 24;
select distinct m.kabupaten from member m where 1 = 1 and m.active = true order by m.kabupaten;
