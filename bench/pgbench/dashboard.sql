-- The ministry's home page (RegistryStatistics: summary, byCluster, capacityByMaterial, furnacesByType, all clusters).
select count(*) as members, coalesce(sum(m.workforce), 0) as workforce,
  (select coalesce(sum(k.amount), 0) from member_capacity k join member mm on mm.id = k.member_id
    where mm.active = true and k.unit = 'KG_PER_MONTH') as capacity,
  (select count(*) from member_certification c join member mm on mm.id = c.member_id
    where mm.active = true and c.valid_until >= current_date and c.valid_until < current_date + 90) as expiring
from member m where m.active = true;
select cl.id, cl.name, cl.kabupaten, count(m.id) as members, coalesce(sum(m.workforce), 0) as workforce,
  (select coalesce(sum(k.amount), 0) from member_capacity k join member mm on mm.id = k.member_id
     join cooperative cc on cc.id = mm.cooperative_id
    where cc.cluster_id = cl.id and mm.active = true and k.unit = 'KG_PER_MONTH') as capacity
from cluster cl left join cooperative c on c.cluster_id = cl.id
  left join member m on m.cooperative_id = c.id and m.active = true
group by cl.id, cl.name, cl.kabupaten order by cl.name;
select k.material as label, sum(k.amount) as amount from member_capacity k join member m on m.id = k.member_id
where m.active = true and k.unit = 'KG_PER_MONTH' group by k.material order by amount desc;
select e.furnace_type as label, sum(e.units) as amount from member_equipment e join member m on m.id = e.member_id
where m.active = true and e.kind = 'FURNACE' group by e.furnace_type order by amount desc;
