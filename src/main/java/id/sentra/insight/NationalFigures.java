package id.sentra.insight;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.sentra.registry.RegistryStatistics;
import id.sentra.registry.RegistryStatistics.ClusterFigures;
import id.sentra.registry.RegistryStatistics.Slice;

/**
 * The national figures of the ministry's and buyers' home pages, summed ahead of time: counting every member on
 * every request grows with the country (242 ms of SQL per page at 30,000 members), so a refresh sums them through
 * {@link RegistryStatistics} into a few rows (V20) and a page reads those. A page reads one row to learn the latest
 * refresh and keeps the rest in memory until a newer refresh appears, so every instance shows the same figures.
 */
@Service
public class NationalFigures {

    private static final String CAPACITY_BY_MATERIAL = "CAPACITY_BY_MATERIAL";
    private static final String FURNACES_BY_TYPE = "FURNACES_BY_TYPE";
    private static final String MEMBERS_BY_MATERIAL = "MEMBERS_BY_MATERIAL";
    /** Refreshes kept as a record of when the figures were taken and how long that took. */
    private static final int KEPT_REFRESHES = 200;

    private final JdbcClient jdbc;
    private final RegistryStatistics statistics;
    private final Clock clock;
    private volatile @Nullable Stored last;

    NationalFigures(JdbcClient jdbc, RegistryStatistics statistics, Clock clock) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.clock = clock;
    }

    /**
     * The figures of the latest refresh; empty before the first one. Outside a transaction, so that a page sends one
     * statement and no BEGIN or COMMIT: should a refresh commit between the head and its rows, the next request finds
     * a newer head and reads them again.
     */
    public Optional<NationalSnapshot> current() {
        var head = latest();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        var kept = last;
        if (kept != null && kept.id() == head.get().id()) {
            return Optional.of(kept.snapshot());
        }
        var snapshot = read(head.get());
        last = new Stored(head.get().id(), snapshot);
        return Optional.of(snapshot);
    }

    /** Whether a refresh was taken within the given age: the start-up refresh is skipped when one was. */
    @Transactional(readOnly = true)
    public boolean freshWithin(Duration age) {
        return latest().map(h -> !h.refreshedAt().isBefore(clock.instant().minus(age))).orElse(false);
    }

    /** Sums the figures afresh and replaces the stored ones in one transaction; readers see the old until it commits. */
    @Transactional
    public NationalSnapshot refresh() {
        long started = System.nanoTime();
        var clusters = statistics.byCluster();
        var byMaterial = statistics.capacityByMaterial(null);
        var furnaces = statistics.furnacesByType(null);
        var membersByMaterial = statistics.membersByMaterial();
        jdbc.sql("delete from national_cluster_figures").update();
        jdbc.sql("delete from national_figure_slice").update();
        for (var c : clusters) {
            jdbc.sql("""
                    insert into national_cluster_figures (cluster_id, name, kabupaten, members, workforce, capacity_kg)
                    values (:id, :name, :kabupaten, :members, :workforce, :capacity)""")
                    .param("id", c.id()).param("name", c.name()).param("kabupaten", c.kabupaten()).param("members", c.members())
                    .param("workforce", c.workforce()).param("capacity", c.capacityKgPerMonth()).update();
        }
        store(CAPACITY_BY_MATERIAL, byMaterial);
        store(FURNACES_BY_TYPE, furnaces);
        store(MEMBERS_BY_MATERIAL, membersByMaterial);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        var snapshot = new NationalSnapshot(now, clusters.stream().mapToLong(ClusterFigures::members).sum(),
                clusters.stream().mapToLong(ClusterFigures::workforce).sum(),
                clusters.stream().mapToLong(ClusterFigures::capacityKgPerMonth).sum(), clusters, byMaterial, furnaces,
                membersByMaterial);
        jdbc.sql("""
                insert into national_figures (refreshed_at, members, workforce, capacity_kg, clusters, took_ms)
                values (:at, :members, :workforce, :capacity, :clusters, :took)""")
                .param("at", Timestamp.from(now)).param("members", snapshot.members()).param("workforce", snapshot.workforce())
                .param("capacity", snapshot.capacityKgPerMonth()).param("clusters", clusters.size())
                .param("took", (int) ((System.nanoTime() - started) / 1_000_000)).update();
        jdbc.sql("delete from national_figures where id <= (select max(id) from national_figures) - :kept")
                .param("kept", KEPT_REFRESHES).update();
        return snapshot;
    }

    private void store(String chart, List<Slice> slices) {
        for (var s : slices) {
            jdbc.sql("insert into national_figure_slice (chart, label, amount) values (:chart, :label, :amount)")
                    .param("chart", chart).param("label", s.label(), java.sql.Types.VARCHAR).param("amount", s.amount()).update();
        }
    }

    private Optional<Head> latest() {
        return jdbc.sql("""
                select id, refreshed_at, members, workforce, capacity_kg from national_figures
                order by id desc fetch first 1 rows only""")
                .query((rs, i) -> new Head(rs.getLong("id"), rs.getTimestamp("refreshed_at").toInstant(), rs.getLong("members"),
                        rs.getLong("workforce"), rs.getLong("capacity_kg")))
                .optional();
    }

    private NationalSnapshot read(Head head) {
        var clusters = jdbc.sql("""
                select cluster_id, name, kabupaten, members, workforce, capacity_kg from national_cluster_figures order by name""")
                .query((rs, i) -> new ClusterFigures(rs.getLong("cluster_id"), rs.getString("name"), rs.getString("kabupaten"),
                        rs.getLong("members"), rs.getLong("workforce"), rs.getLong("capacity_kg")))
                .list();
        var slices = jdbc.sql("select chart, label, amount from national_figure_slice order by chart, amount desc, label")
                .query((rs, i) -> new ChartSlice(rs.getString("chart"), new Slice(rs.getString("label"), rs.getLong("amount"))))
                .list();
        return new NationalSnapshot(head.refreshedAt(), head.members(), head.workforce(), head.capacityKg(), clusters,
                chart(slices, CAPACITY_BY_MATERIAL), chart(slices, FURNACES_BY_TYPE), chart(slices, MEMBERS_BY_MATERIAL));
    }

    private static List<Slice> chart(List<ChartSlice> slices, String chart) {
        return slices.stream().filter(s -> s.chart().equals(chart)).map(ChartSlice::slice).toList();
    }

    private record Head(long id, Instant refreshedAt, long members, long workforce, long capacityKg) {
    }

    private record ChartSlice(String chart, Slice slice) {
    }

    /** The snapshot of one refresh, kept in memory while that refresh is the latest. */
    private record Stored(long id, NationalSnapshot snapshot) {
    }
}
