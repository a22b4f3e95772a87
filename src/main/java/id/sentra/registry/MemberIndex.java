package id.sentra.registry;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Bit sets over the member list's slots (the database's name order), one per status, process, material, equipment
 * kind, cooperative and kabupaten, built once per catalogue snapshot: a filtered count and a page are intersections
 * of a few hundred words, and only the members left are tested for capacity, certificates and free text (a pass over
 * all 30,000 members per page was most of a search's own CPU at full scale: bench/scale-pages.md).
 */
final class MemberIndex {

    private final int size;
    private final long[] active;
    private final long[][] byProcess;
    private final long[][] byMaterial;
    private final long[][] byEquipment;
    private final Map<Long, long[]> byCooperative;
    private final Map<String, long[]> byKabupaten;

    MemberIndex(List<CatalogueEntry> byName) {
        size = byName.size();
        active = new long[words(size)];
        byProcess = sets(Process.values().length);
        byMaterial = sets(MaterialFamily.values().length);
        byEquipment = sets(EquipmentKind.values().length);
        var cooperatives = new HashMap<Long, long[]>();
        var kabupatens = new HashMap<String, long[]>();
        for (int i = 0; i < size; i++) {
            var entry = byName.get(i);
            var c = entry.capability();
            if (entry.active()) {
                set(active, i);
            }
            for (var p : c.processes()) {
                set(byProcess[p.ordinal()], i);
            }
            for (var m : c.materials()) {
                set(byMaterial[m.ordinal()], i);
            }
            for (var e : c.equipment()) {
                set(byEquipment[e.ordinal()], i);
            }
            set(cooperatives.computeIfAbsent(c.cooperativeId(), k -> new long[words(size)]), i);
            set(kabupatens.computeIfAbsent(c.kabupaten(), k -> new long[words(size)]), i);
        }
        byCooperative = Map.copyOf(cooperatives);
        byKabupaten = Map.copyOf(kabupatens);
    }

    /**
     * The slots whose member meets the filter, as a bit set: the kept sets intersected first, then each member left
     * tested for what the sets do not hold (capacity, a certificate valid today, the free text).
     */
    long[] matches(MemberMatch match, CatalogueSnapshot snapshot) {
        var f = match.filter();
        long[] bits = switch (f.status()) {
            case ACTIVE -> active.clone();
            case INACTIVE -> not(active);
            case ALL -> not(new long[active.length]);
        };
        if (f.cooperativeId() != null) {
            and(bits, byCooperative.get(f.cooperativeId()));
        }
        if (f.process() != null) {
            and(bits, byProcess[f.process().ordinal()]);
        }
        if (f.material() != null) {
            and(bits, byMaterial[f.material().ordinal()]);
        }
        if (f.equipment() != null) {
            and(bits, byEquipment[f.equipment().ordinal()]);
        }
        if (f.kabupaten() != null && !f.kabupaten().isBlank()) {
            and(bits, byKabupaten.get(f.kabupaten()));
        }
        if (f.minCapacityKg() != null || f.validCertification() != null || match.text() != null) {
            keepOnly(bits, i -> match.testRest(snapshot, i));
        }
        return bits;
    }

    static long count(long[] bits) {
        long total = 0;
        for (long word : bits) {
            total += Long.bitCount(word);
        }
        return total;
    }

    /** The slots of the set bits from the {@code first}-th on, at most {@code max} of them, in order. */
    static int[] slice(long[] bits, long first, int max) {
        var slots = new int[max];
        int found = 0;
        long skip = first;
        for (int w = 0; w < bits.length && found < max; w++) {
            long word = bits[w];
            int inWord = Long.bitCount(word);
            if (skip >= inWord) {
                skip -= inWord;
                continue;
            }
            while (word != 0 && found < max) {
                int slot = w * 64 + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                if (skip > 0) {
                    skip--;
                } else {
                    slots[found++] = slot;
                }
            }
        }
        return Arrays.copyOf(slots, found);
    }

    private interface SlotTest {
        boolean test(int slot);
    }

    private static void keepOnly(long[] bits, SlotTest test) {
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
            long kept = word;
            while (word != 0) {
                long lowest = word & -word;
                if (!test.test(w * 64 + Long.numberOfTrailingZeros(word))) {
                    kept &= ~lowest;
                }
                word &= word - 1;
            }
            bits[w] = kept;
        }
    }

    private long[] not(long[] bits) {
        var result = new long[bits.length];
        for (int w = 0; w < bits.length; w++) {
            result[w] = ~bits[w];
        }
        if (size % 64 != 0) {
            result[result.length - 1] &= (1L << (size % 64)) - 1;
        }
        return result;
    }

    private static void and(long[] bits, long @Nullable [] other) {
        if (other == null) {
            Arrays.fill(bits, 0);
            return;
        }
        for (int w = 0; w < bits.length; w++) {
            bits[w] &= other[w];
        }
    }

    private long[][] sets(int count) {
        var result = new long[count][];
        for (int k = 0; k < count; k++) {
            result[k] = new long[words(size)];
        }
        return result;
    }

    private static int words(int size) {
        return (size + 63) / 64;
    }

    private static void set(long[] bits, int slot) {
        bits[slot >>> 6] |= 1L << slot;
    }
}
