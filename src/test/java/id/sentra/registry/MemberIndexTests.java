package id.sentra.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The member list's bit sets give the same members, in the same order, as testing every member one by one. */
class MemberIndexTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final CatalogueSnapshot snapshot = snapshot(1_000);

    @Test
    void everyFilterCombinationFindsTheMembersATestOfEachMemberFinds() {
        var random = new Random(7);
        for (int n = 0; n < 500; n++) {
            var filter = new MemberFilter(
                    random.nextInt(4) == 0 ? "cv " + random.nextInt(10) : null,
                    random.nextBoolean() ? pick(random, Process.values()) : null,
                    random.nextBoolean() ? pick(random, MaterialFamily.values()) : null,
                    random.nextInt(3) == 0 ? pick(random, EquipmentKind.values()) : null,
                    random.nextInt(3) == 0 ? random.nextInt(5) * 1_000 : null,
                    random.nextInt(4) == 0 ? "Kabupaten " + random.nextInt(4) : null,
                    random.nextInt(4) == 0 ? pick(random, CertificationKind.values()) : null,
                    random.nextInt(4) == 0 ? (long) random.nextInt(6) : null,
                    pick(random, MemberFilter.Status.values()));
            var match = MemberMatch.of(filter, TODAY);

            var bits = snapshot.listIndex().matches(match, snapshot);

            assertThat(slots(bits)).as(filter.toString()).isEqualTo(IntStream.range(0, snapshot.byName().size())
                    .filter(i -> match.test(snapshot.byName().get(i))).boxed().toList());
        }
    }

    @Test
    void aSliceTakesThePageAcrossWordBoundaries() {
        var all = snapshot.listIndex().matches(MemberMatch.of(filter(MemberFilter.Status.ALL), TODAY), snapshot);
        var active = snapshot.listIndex().matches(MemberMatch.of(filter(MemberFilter.Status.ACTIVE), TODAY), snapshot);
        var activeSlots = slots(active);

        assertThat(MemberIndex.count(all)).isEqualTo(1_000);
        assertThat(MemberIndex.slice(all, 60, 10)).containsExactly(60, 61, 62, 63, 64, 65, 66, 67, 68, 69);
        assertThat(MemberIndex.slice(active, 25, 200)).containsExactly(
                activeSlots.subList(25, 225).stream().mapToInt(Integer::intValue).toArray());
        assertThat(MemberIndex.slice(all, 995, 25)).containsExactly(995, 996, 997, 998, 999);
        assertThat(MemberIndex.slice(all, 1_000, 25)).isEmpty();
    }

    @Test
    void aCooperativeOrKabupatenWithoutMembersFindsNone() {
        var filter = new MemberFilter(null, null, null, null, null, "Kabupaten Lain", null, 999L, MemberFilter.Status.ALL);

        assertThat(MemberIndex.count(snapshot.listIndex().matches(MemberMatch.of(filter, TODAY), snapshot))).isZero();
    }

    private static MemberFilter filter(MemberFilter.Status status) {
        return new MemberFilter(null, null, null, null, null, null, null, null, status);
    }

    private static List<Integer> slots(long[] bits) {
        var slots = new ArrayList<Integer>();
        for (int slot : MemberIndex.slice(bits, 0, (int) MemberIndex.count(bits))) {
            slots.add(slot);
        }
        return slots;
    }

    private static <E> E pick(Random random, E[] values) {
        return values[random.nextInt(values.length)];
    }

    private static CatalogueSnapshot snapshot(int members) {
        var random = new Random(42);
        var byId = new HashMap<Long, CatalogueEntry>();
        var order = new ArrayList<Long>();
        for (long id = 1; id <= members; id++) {
            var processes = EnumSet.noneOf(Process.class);
            var materials = EnumSet.noneOf(MaterialFamily.class);
            var equipment = EnumSet.noneOf(EquipmentKind.class);
            var kg = new EnumMap<MaterialFamily, Long>(MaterialFamily.class);
            for (var p : Process.values()) {
                if (random.nextInt(3) == 0) processes.add(p);
            }
            for (var m : MaterialFamily.values()) {
                if (random.nextInt(3) == 0) {
                    materials.add(m);
                    kg.put(m, (long) random.nextInt(5) * 1_000);
                }
            }
            for (var e : EquipmentKind.values()) {
                if (random.nextInt(3) == 0) equipment.add(e);
            }
            var certificates = new ArrayList<Certification>();
            for (var k : CertificationKind.values()) {
                if (random.nextInt(3) == 0) {
                    certificates.add(new Certification(k, "C-" + id, null, TODAY.plusDays(random.nextInt(60) - 30)));
                }
            }
            var capability = new Capability(id, "CV " + (id % 10) + " Logam " + id, id % 6, "Koperasi " + (id % 6), "Sentra",
                    "Kabupaten " + (id % 4), null, processes, materials, equipment, certificates, kg);
            long total = kg.values().stream().mapToLong(Long::longValue).sum();
            byId.put(id, CatalogueEntry.of(capability, "33090000" + id, "Pak " + id, null, "Kecamatan", 10, total,
                    random.nextInt(5) != 0, 1));
            order.add(id);
        }
        java.util.Collections.shuffle(order, random);
        return CatalogueSnapshot.of(byId, order, List.of("Kabupaten 0", "Kabupaten 1", "Kabupaten 2", "Kabupaten 3"), 1,
                Instant.EPOCH);
    }
}
