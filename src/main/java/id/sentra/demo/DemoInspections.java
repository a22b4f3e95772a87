package id.sentra.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.sentra.platform.security.Role;
import id.sentra.platform.security.SentraUser;
import id.sentra.quality.Characteristic;
import id.sentra.quality.Disposition;
import id.sentra.quality.LotInspecting;
import id.sentra.quality.NonConformanceReporting;

/**
 * Inspects every demo lot through the inspection rules, measuring the sampled parts around each
 * characteristic's centre with the member's own capability — from barely capable to comfortably
 * so — so that defectives, rejections and held lots fall where a real cluster's would.
 */
@Component
class DemoInspections {

    private static final SentraUser QC = new SentraUser(0, "system", "QC Koperasi Batur Jaya", null, Role.ADMIN,
            null, null, null, false, true);

    private final LotInspecting inspecting;
    private final NonConformanceReporting reports;
    private final JdbcClient jdbc;

    DemoInspections(LotInspecting inspecting, NonConformanceReporting reports, JdbcClient jdbc) {
        this.inspecting = inspecting;
        this.reports = reports;
        this.jdbc = jdbc;
    }

    /** Inspects the lots in the order they were made; returns how many. */
    int inspectAll() {
        var lots = jdbc.sql("select id, member_id from lot order by made_on, id")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        for (long[] lot : lots) {
            var task = inspecting.task(QC, lot[0]);
            var inspection = inspecting.inspect(QC, lot[0], measurements(task, lot[1], new Random(lot[0])));
            if (inspection.standing() == Disposition.REJECT) {
                report(inspection.lotId());
            }
        }
        return lots.size();
    }

    /**
     * A report on each rejected lot, as the cooperative's QC would open one: the older ones worked
     * through to closure, the latest still open, so the list shows every stage.
     */
    private void report(long lotId) {
        long id = reports.open(QC, List.of(lotId), "Lot ditolak pada inspeksi sampling: jumlah cacat dimensi mencapai batas tolak.");
        var random = new Random(lotId);
        if (random.nextDouble() < 0.7) {
            reports.contain(QC, id, "Lot dikarantina di gudang anggota; sortir 100 % sebelum pengiriman berikutnya.");
            if (random.nextDouble() < 0.6) {
                reports.close(QC, id, "Pola (pattern) aus sehingga dimensi bergeser; pemeriksaan pola tidak terjadwal.",
                        "Pola diperbaiki dan diukur ulang; pemeriksaan pola dijadwalkan tiap 500 cetakan.");
            }
        }
    }

    private static Map<String, List<BigDecimal>> measurements(LotInspecting.Task task, long memberId, Random random) {
        var member = new Random(memberId * 6_007L);
        double capability = 0.8 + member.nextDouble() * 1.2;
        double bias = member.nextGaussian() * 0.4;
        var values = new HashMap<String, List<BigDecimal>>();
        for (Characteristic c : task.characteristics()) {
            var aim = Aim.of(c, capability);
            if (aim == null) {
                continue;
            }
            var parts = new ArrayList<BigDecimal>();
            for (int i = 0; i < task.sampleSize(); i++) {
                double value = aim.centre() + (bias + random.nextGaussian()) * aim.sigma();
                parts.add(BigDecimal.valueOf(value).setScale(aim.scale(), RoundingMode.HALF_UP));
            }
            values.put(c.name(), parts);
        }
        return values;
    }

    /** Where a member's process centres a characteristic and how widely it spreads, from the limits and its capability. */
    private record Aim(double centre, double sigma, int scale) {

        static @Nullable Aim of(Characteristic c, double capability) {
            var min = c.limits().min();
            var max = c.limits().max();
            int scale = Math.min(4, 1 + Math.max(scale(min), Math.max(scale(max), scale(c.nominal()))));
            if (min != null && max != null) {
                double width = max.doubleValue() - min.doubleValue();
                return new Aim((min.doubleValue() + max.doubleValue()) / 2, width / (6 * capability), scale);
            }
            var bound = min != null ? min : max;
            if (bound == null) {
                return c.nominal() == null ? null : new Aim(c.nominal().doubleValue(), c.nominal().doubleValue() * 0.01, scale);
            }
            double sigma = Math.abs(bound.doubleValue()) * 0.03 / capability;
            double centre = bound.doubleValue() + (min != null ? 4 : -4) * sigma * capability;
            return new Aim(centre, sigma, scale);
        }

        private static int scale(@Nullable BigDecimal value) {
            return value == null ? 0 : Math.max(0, value.stripTrailingZeros().scale());
        }
    }
}
