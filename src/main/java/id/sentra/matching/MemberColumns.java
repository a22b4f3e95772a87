package id.sentra.matching;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import id.sentra.registry.CapabilityTable;
import id.sentra.registry.CertificationKind;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.GeoPoint;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/**
 * What a ranking reads of every member of one catalogue table, as bit sets (one bit a member, per material, process,
 * machine and certificate valid on a day) and primitive columns (kilograms, distance, record and price values), so
 * that a ranking over 30,000 members intersects a few bit sets and adds up arrays instead of looking each member up
 * in maps (bench/scale-ranking.md). Built from the table the catalogue keeps; the derived columns are keyed by the
 * very price levels, records and delivery point they were worked out from, so a refreshed input is never missed.
 */
final class MemberColumns {

    /** Delivery points whose distances are kept; past this many (a buyer has a few plants) all are dropped. */
    private static final int KEPT_POINTS = 64;

    private final int size;
    private final long[] ids;
    private final long[][] materials;
    private final long[][] processes;
    private final long[][] equipment;
    private final long[][] kg;
    private final CapabilityTable table;
    private final Map<Long, long[]> certificates = new ConcurrentHashMap<>();
    private final Map<GeoPoint, double[]> nearness = new ConcurrentHashMap<>();
    private final Map<MaterialFamily, Derived<Map<Long, Double>>> prices = new ConcurrentHashMap<>();
    private volatile @Nullable Derived<Map<Long, SupplierRecord>> records;

    MemberColumns(CapabilityTable table) {
        this.table = table;
        size = table.size();
        ids = new long[size];
        materials = new long[MaterialFamily.values().length][words(size)];
        processes = new long[Process.values().length][words(size)];
        equipment = new long[EquipmentKind.values().length][words(size)];
        kg = new long[MaterialFamily.values().length][size];
        for (int i = 0; i < size; i++) {
            ids[i] = table.memberId(i);
            for (var material : MaterialFamily.values()) {
                set(materials[material.ordinal()], i, table.pours(i, material));
                kg[material.ordinal()][i] = table.kgPerMonth(i, material);
            }
            for (var process : Process.values()) {
                set(processes[process.ordinal()], i, table.runsAll(i, 1L << process.ordinal()));
            }
            for (var kind : EquipmentKind.values()) {
                set(equipment[kind.ordinal()], i, table.hasAll(i, 1L << kind.ordinal()));
            }
        }
    }

    static int words(int bits) {
        return (bits + 63) >>> 6;
    }

    private static void set(long[] bits, int i, boolean on) {
        if (on) {
            bits[i >>> 6] |= 1L << i;
        }
    }

    /** Whether these are the columns of that very table (the catalogue builds a new table whenever a member changed). */
    boolean of(CapabilityTable other) {
        return table == other;
    }

    int size() {
        return size;
    }

    long[] pours(MaterialFamily material) {
        return materials[material.ordinal()];
    }

    long[] runs(Process process) {
        return processes[process.ordinal()];
    }

    long[] has(EquipmentKind kind) {
        return equipment[kind.ordinal()];
    }

    long[] kgPerMonth(MaterialFamily material) {
        return kg[material.ordinal()];
    }

    /** The members holding a certificate of the kind valid on the day. */
    long[] holdsValid(CertificationKind kind, LocalDate day) {
        long key = day.toEpochDay() * 64 + kind.ordinal();
        var kept = certificates.get(key);
        if (kept != null) {
            return kept;
        }
        var bits = new long[words(size)];
        for (int i = 0; i < size; i++) {
            set(bits, i, table.holdsValid(i, kind, day));
        }
        if (certificates.size() >= 4 * CertificationKind.values().length) {
            certificates.clear();
        }
        certificates.put(key, bits);
        return bits;
    }

    /** Each member's distance value to the point ({@link CandidateScoring#nearness}), or null when the point is unknown. */
    double @Nullable [] nearness(@Nullable GeoPoint point) {
        if (point == null) {
            return null;
        }
        var kept = nearness.get(point);
        if (kept != null) {
            return kept;
        }
        var near = new double[size];
        for (int i = 0; i < size; i++) {
            near[i] = CandidateScoring.nearness(table.kilometresTo(i, point));
        }
        if (nearness.size() >= KEPT_POINTS) {
            nearness.clear();
        }
        nearness.put(point, near);
        return near;
    }

    /** Each member's price value for the material, worked out again only when the price levels are not the same map. */
    double[] priceValues(MaterialFamily material, Map<Long, Double> levels) {
        var kept = prices.get(material);
        if (kept != null && kept.source() == levels) {
            return kept.columns()[0];
        }
        var values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = CandidateScoring.priceValue(levels.get(ids[i]));
        }
        prices.put(material, new Derived<>(levels, new double[][] {values}));
        return values;
    }

    /** Each member's quality value ([0]) and on-time value ([1]), worked out again only for another map of records. */
    double[][] recordValues(Map<Long, SupplierRecord> history) {
        var kept = records;
        if (kept != null && kept.source() == history) {
            return kept.columns();
        }
        var quality = new double[size];
        var onTime = new double[size];
        for (int i = 0; i < size; i++) {
            var record = history.getOrDefault(ids[i], SupplierRecord.NONE);
            quality[i] = CandidateScoring.quality(record);
            onTime[i] = CandidateScoring.onTime(record);
        }
        var columns = new double[][] {quality, onTime};
        records = new Derived<>(history, columns);
        return columns;
    }

    /** Columns worked out from one input, compared by identity: the kept inputs are replaced, never changed. */
    private record Derived<S>(S source, double[][] columns) {
    }
}
