package id.sentra.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.sentra.SentraIntegrationTest;
import id.sentra.registry.RegistryStatistics.ClusterFigures;
import id.sentra.registry.RegistryStatistics.Slice;

/**
 * The summed national figures against the figures counted live, the way the dashboard counted them before V20
 * (the statements below are those it sent), on the demo data in the test database.
 */
@SentraIntegrationTest
class NationalFiguresTests {

    @Autowired NationalFigures figures;
    @Autowired JdbcClient jdbc;

    @Test
    void storedTotalsEqualTheLiveCountOfActiveMembersWorkersAndCapacity() {
        figures.refresh();
        var stored = figures.current().orElseThrow();

        var live = jdbc.sql("""
                select count(*) as members, coalesce(sum(m.workforce), 0) as workforce,
                  (select coalesce(sum(k.amount), 0) from member_capacity k join member mm on mm.id = k.member_id
                    where mm.active = true and k.unit = 'KG_PER_MONTH') as capacity
                from member m where m.active = true""")
                .query((rs, i) -> List.of(rs.getLong("members"), rs.getLong("workforce"), rs.getLong("capacity"))).single();
        assertThat(List.of(stored.members(), stored.workforce(), stored.capacityKgPerMonth())).isEqualTo(live);
        assertThat(stored.members()).isGreaterThanOrEqualTo(208);
    }

    @Test
    void storedClustersEqualTheLivePerClusterCount() {
        figures.refresh();

        var live = jdbc.sql("""
                select cl.id, cl.name, cl.kabupaten, count(m.id) as members, coalesce(sum(m.workforce), 0) as workforce,
                  (select coalesce(sum(k.amount), 0) from member_capacity k join member mm on mm.id = k.member_id
                     join cooperative cc on cc.id = mm.cooperative_id
                    where cc.cluster_id = cl.id and mm.active = true and k.unit = 'KG_PER_MONTH') as capacity
                from cluster cl left join cooperative c on c.cluster_id = cl.id
                  left join member m on m.cooperative_id = c.id and m.active = true
                group by cl.id, cl.name, cl.kabupaten order by cl.name""")
                .query((rs, i) -> new ClusterFigures(rs.getLong("id"), rs.getString("name"), rs.getString("kabupaten"),
                        rs.getLong("members"), rs.getLong("workforce"), rs.getLong("capacity")))
                .list();
        assertThat(figures.current().orElseThrow().clusters()).isEqualTo(live).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void storedChartsEqualTheLiveSumsPerMaterialAndFurnaceType() {
        figures.refresh();
        var stored = figures.current().orElseThrow();

        assertThat(stored.capacityByMaterial()).containsExactlyInAnyOrderElementsOf(slices("""
                select k.material as label, sum(k.amount) as amount from member_capacity k join member m on m.id = k.member_id
                where m.active = true and k.unit = 'KG_PER_MONTH' group by k.material"""));
        assertThat(stored.furnacesByType()).containsExactlyInAnyOrderElementsOf(slices("""
                select e.furnace_type as label, sum(e.units) as amount from member_equipment e join member m on m.id = e.member_id
                where m.active = true and e.kind = 'FURNACE' group by e.furnace_type""")).isNotEmpty();
        assertThat(stored.membersByMaterial()).containsExactlyInAnyOrderElementsOf(slices("""
                select t.material as label, count(*) as amount from member_material t join member m on m.id = t.member_id
                where m.active = true group by t.material""")).isNotEmpty();
        assertThat(stored.capacityByMaterial()).extracting(Slice::amount).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void aReadAfterARefreshShowsTheNewRefreshNotTheOneKeptInMemory() {
        var before = figures.refresh();
        assertThat(figures.current().orElseThrow().asOf()).isEqualTo(before.asOf());

        var after = figures.refresh();

        assertThat(figures.current().orElseThrow().asOf()).isEqualTo(after.asOf()).isAfterOrEqualTo(before.asOf());
        assertThat(jdbc.sql("select count(*) from national_figures").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    private List<Slice> slices(String sql) {
        return jdbc.sql(sql).query((rs, i) -> new Slice(rs.getString("label"), rs.getLong("amount"))).list();
    }
}
