package id.sentra.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Members' capabilities laid out in flat arrays, one slot per member, so that a filter or an eligibility test over
 * tens of thousands of members reads a few arrays in order instead of chasing each member's sets and maps through the
 * heap (at 30,000 members that chase, not the tests, was most of a ranking's CPU: bench/scale-catalogue.md).
 */
public final class CapabilityTable {

    private static final int MATERIALS = MaterialFamily.values().length;
    private static final int CERTIFICATES = CertificationKind.values().length;

    private final List<Capability> members;
    private final long[] ids;
    private final long[] cooperatives;
    private final long[] materials;
    private final long[] processes;
    private final long[] equipment;
    private final long[] kg;
    private final long[] validUntil;
    private final double[] latitude;
    private final double[] longitude;

    CapabilityTable(List<Capability> members) {
        this.members = List.copyOf(members);
        int n = members.size();
        ids = new long[n];
        cooperatives = new long[n];
        materials = new long[n];
        processes = new long[n];
        equipment = new long[n];
        kg = new long[n * MATERIALS];
        validUntil = new long[n * CERTIFICATES];
        latitude = new double[n];
        longitude = new double[n];
        for (int i = 0; i < n; i++) {
            var m = members.get(i);
            ids[i] = m.memberId();
            cooperatives[i] = m.cooperativeId();
            materials[i] = mask(m.materials());
            processes[i] = mask(m.processes());
            equipment[i] = mask(m.equipment());
            for (var entry : m.kgPerMonth().entrySet()) {
                kg[i * MATERIALS + entry.getKey().ordinal()] = entry.getValue();
            }
            java.util.Arrays.fill(validUntil, i * CERTIFICATES, (i + 1) * CERTIFICATES, Long.MIN_VALUE);
            for (var c : m.certifications()) {
                int slot = i * CERTIFICATES + c.kind().ordinal();
                validUntil[slot] = Math.max(validUntil[slot], c.validUntil().toEpochDay());
            }
            latitude[i] = m.location() == null ? Double.NaN : m.location().latitude();
            longitude[i] = m.location() == null ? Double.NaN : m.location().longitude();
        }
    }

    /** The table of the members given, in their order: for tests of the modules that read tables. */
    public static CapabilityTable of(List<Capability> members) {
        return new CapabilityTable(members);
    }

    /** The bits of a set of enum values, by ordinal (every enum here has fewer than 64 values). */
    public static <E extends Enum<E>> long mask(Collection<E> values) {
        long bits = 0;
        for (var value : values) {
            bits |= 1L << value.ordinal();
        }
        return bits;
    }

    public int size() {
        return ids.length;
    }

    public Capability get(int i) {
        return members.get(i);
    }

    public long memberId(int i) {
        return ids[i];
    }

    long cooperativeId(int i) {
        return cooperatives[i];
    }

    public boolean pours(int i, MaterialFamily material) {
        return (materials[i] & 1L << material.ordinal()) != 0;
    }

    public boolean runsAll(int i, long processMask) {
        return (processes[i] & processMask) == processMask;
    }

    public boolean hasAll(int i, long equipmentMask) {
        return (equipment[i] & equipmentMask) == equipmentMask;
    }

    /** Whether the member holds a certificate of the kind valid on the day (valid until that day or later). */
    public boolean holdsValid(int i, CertificationKind kind, LocalDate day) {
        return validUntil[i * CERTIFICATES + kind.ordinal()] >= day.toEpochDay();
    }

    public long kgPerMonth(int i, MaterialFamily material) {
        return kg[i * MATERIALS + material.ordinal()];
    }

    /** Kilometres from the member to a point, or NaN when the member's location is unknown. */
    public double kilometresTo(int i, GeoPoint point) {
        return Double.isNaN(latitude[i]) ? Double.NaN
                : GeoPoint.kilometres(latitude[i], longitude[i], point.latitude(), point.longitude());
    }
}
