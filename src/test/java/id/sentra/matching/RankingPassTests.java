package id.sentra.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.sentra.registry.Capability;
import id.sentra.registry.CapabilityTable;
import id.sentra.registry.Certification;
import id.sentra.registry.CertificationKind;
import id.sentra.registry.EquipmentKind;
import id.sentra.registry.GeoPoint;
import id.sentra.registry.MaterialFamily;
import id.sentra.registry.Process;

/**
 * The ranking over bit sets and columns gives, page by page, what the straightforward ranking gives: every member
 * scored and explained, the eligible sorted by score (then name, then id), the others after them by name, and the
 * conditions most often failed counted member by member.
 */
class RankingPassTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyPageEqualsTheSameSliceOfTheStraightforwardRanking(long seed) {
        var random = new Random(seed);
        var members = members(random, 1 + random.nextInt(1_500));
        var table = CapabilityTable.of(members);
        var columns = new MemberColumns(table);
        for (int round = 0; round < 6; round++) {
            var need = requirement(random);
            var levels = levels(random, members);
            var history = history(random, members);
            boolean percent = random.nextBoolean();
            var whole = straightforward(members, need, levels, history, percent);
            var lacks = commonLacks(members, need, whole);
            int limit = 1 + random.nextInt(80);
            for (int offset : List.of(0, random.nextInt(members.size()), Math.max(0, (int) eligible(whole) - limit / 2), members.size())) {
                var page = Matchmaker.rank(table, columns, need, TODAY, levels, history, percent, offset, limit);

                assertThat(page.candidates()).isEqualTo(whole.subList(Math.min(offset, whole.size()),
                        Math.min(offset + limit, whole.size())));
                assertThat(page.eligible()).isEqualTo(eligible(whole));
                assertThat(page.notEligible()).isEqualTo(whole.size() - eligible(whole));
                assertThat(page.commonLacks()).isEqualTo(lacks);
            }
            assertThat(Matchmaker.rank(table, columns, need, TODAY, levels, history, percent, 0, Integer.MAX_VALUE)
                    .candidates()).isEqualTo(whole);
        }
    }

    /** Every member explained, the eligible first by score, the others by name: the ranking as it was first written. */
    private static List<Candidate> straightforward(List<Capability> members, Requirement need, Map<Long, Double> levels,
                                                   Map<Long, SupplierRecord> history, boolean percent) {
        var all = members.stream().map(m -> CandidateScoring.score(m, need, TODAY,
                new CandidateScoring.PriceLevel(levels.get(m.memberId()), percent),
                history.getOrDefault(m.memberId(), SupplierRecord.NONE))).toList();
        var ranked = new ArrayList<Candidate>();
        all.stream().filter(Candidate::eligible).sorted(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(Candidate::legalName).thenComparingLong(Candidate::memberId)).forEach(ranked::add);
        all.stream().filter(c -> !c.eligible()).forEach(ranked::add);
        return ranked;
    }

    private static List<Ranking.Shortfall> commonLacks(List<Capability> members, Requirement need, List<Candidate> ranked) {
        var eligibility = Eligibility.of(need, TODAY);
        var failures = new long[eligibility.size()];
        for (var candidate : ranked) {
            for (int k = 0; k < failures.length; k++) {
                failures[k] += candidate.eligibility().get(k).passed() ? 0 : 1;
            }
        }
        return IntStream.range(0, failures.length).filter(k -> failures[k] > 0).boxed()
                .sorted(Comparator.comparingLong((Integer k) -> failures[k]).reversed().thenComparingInt(k -> k))
                .limit(Matchmaker.COMMON_LACKS).map(k -> new Ranking.Shortfall(eligibility.lack(k), failures[k])).toList();
    }

    private static long eligible(List<Candidate> ranked) {
        return ranked.stream().filter(Candidate::eligible).count();
    }

    /** Members in the catalogue's order (name, then id); few names and round capacities, so that equal scores abound. */
    private static List<Capability> members(Random random, int count) {
        var members = new ArrayList<Capability>();
        for (int i = 0; i < count; i++) {
            var kg = new EnumMap<MaterialFamily, Long>(MaterialFamily.class);
            var materials = some(random, MaterialFamily.class, 0.5);
            materials.forEach(m -> kg.put(m, 500L * random.nextInt(12)));
            var certificates = new ArrayList<Certification>();
            for (var kind : some(random, CertificationKind.class, 0.3)) {
                certificates.add(new Certification(kind, "C-" + i, null, TODAY.plusDays(random.nextInt(60) - 30)));
            }
            var location = random.nextInt(5) == 0 ? null
                    : new GeoPoint(-8 + random.nextInt(30) / 10.0, 106 + random.nextInt(60) / 10.0);
            members.add(new Capability(1 + random.nextInt(3 * count), "CV Logam " + random.nextInt(Math.max(1, count / 4)),
                    1, "Koperasi", "Sentra", "Klaten", location, some(random, Process.class, 0.5), materials,
                    some(random, EquipmentKind.class, 0.5), certificates, kg));
        }
        var unique = new HashMap<Long, Capability>();
        members.forEach(m -> unique.putIfAbsent(m.memberId(), m));
        return unique.values().stream().sorted(Comparator.comparing(Capability::legalName)
                .thenComparingLong(Capability::memberId)).toList();
    }

    private static Requirement requirement(Random random) {
        var material = MaterialFamily.values()[random.nextInt(MaterialFamily.values().length)];
        var point = random.nextBoolean() ? null : new GeoPoint(-7 + random.nextInt(10) / 10.0, 110 + random.nextInt(10) / 10.0);
        return new Requirement(material, some(random, Process.class, 0.15), some(random, EquipmentKind.class, 0.1),
                some(random, CertificationKind.class, 0.15), random.nextInt(4) == 0 ? 0 : 500L * random.nextInt(8), point);
    }

    private static Map<Long, Double> levels(Random random, List<Capability> members) {
        var levels = new HashMap<Long, Double>();
        members.stream().filter(m -> random.nextInt(3) > 0).forEach(m -> levels.put(m.memberId(), 0.6 + random.nextInt(9) / 10.0));
        return levels;
    }

    private static Map<Long, SupplierRecord> history(Random random, List<Capability> members) {
        var history = new HashMap<Long, SupplierRecord>();
        members.stream().filter(m -> random.nextInt(3) > 0).forEach(m -> history.put(m.memberId(), new SupplierRecord(
                random.nextInt(3) * 10, random.nextInt(4) * 1_000L, random.nextInt(4) == 0 ? -1 : random.nextInt(5) / 4.0)));
        return history;
    }

    private static <E extends Enum<E>> Set<E> some(Random random, Class<E> type, double share) {
        var chosen = EnumSet.noneOf(type);
        for (var value : type.getEnumConstants()) {
            if (random.nextDouble() < share) {
                chosen.add(value);
            }
        }
        return chosen;
    }
}
