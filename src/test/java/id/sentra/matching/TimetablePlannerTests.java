package id.sentra.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.sentra.matching.TimetablePlanner.Option;
import id.sentra.matching.TimetablePlanner.Options;

/** The timetable's promises, over many seeded random rounds: nobody double-booked, rooms respected, best matches first. */
class TimetablePlannerTests {

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noBuyerOrIkmIsInTwoPlacesAndNoSlotUsesMoreRoomsThanThereAre(int seed) {
        var round = randomRound(new Random(seed));

        var meetings = TimetablePlanner.plan(round.buyers(), round.slots(), round.rooms());

        for (int slot = 0; slot < round.slots(); slot++) {
            int s = slot;
            var inSlot = meetings.stream().filter(m -> m.slot() == s).toList();
            assertThat(inSlot.size()).isLessThanOrEqualTo(round.rooms().size());
            assertThat(inSlot).extracting(Meeting::buyerId).doesNotHaveDuplicates();
            assertThat(inSlot).extracting(Meeting::memberId).doesNotHaveDuplicates();
            assertThat(inSlot).extracting(Meeting::room).doesNotHaveDuplicates();
        }
        assertThat(meetings).extracting(m -> m.buyerId() + ":" + m.memberId()).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyBuyerMeetsOnlyItsCandidatesAndItsFirstMeetingIsWithItsBest(int seed) {
        var round = randomRound(new Random(seed));

        var meetings = TimetablePlanner.plan(round.buyers(), round.slots(), round.rooms());

        for (var buyer : round.buyers()) {
            var own = meetings.stream().filter(m -> m.buyerId() == buyer.buyerId())
                    .sorted(Comparator.comparingInt(Meeting::slot)).toList();
            var candidates = buyer.ranked().stream().map(Option::memberId).collect(Collectors.toSet());
            assertThat(own).allMatch(m -> candidates.contains(m.memberId()));
            if (!own.isEmpty() && own.get(0).slot() == 0 && round.buyers().size() <= round.rooms().size()) {
                // In the first slot the buyer that chooses first always gets its top candidate.
                var firstChooser = round.buyers().stream().min(Comparator.comparingLong(Options::buyerId)).orElseThrow();
                if (buyer == firstChooser) {
                    assertThat(own.get(0).memberId()).isEqualTo(buyer.ranked().get(0).memberId());
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void meetingsAreSharedEvenlyWhenEveryBuyerHasEnoughCandidates(int seed) {
        var random = new Random(seed);
        int buyers = 2 + random.nextInt(4);
        var options = new ArrayList<Options>();
        for (int b = 0; b < buyers; b++) {
            options.add(new Options(b + 1, IntStream.range(0, 30).mapToObj(m -> new Option(100 + m, random.nextDouble() * 100))
                    .sorted(Comparator.comparingDouble(Option::score).reversed()).toList()));
        }
        int slots = 3 + random.nextInt(5);

        var meetings = TimetablePlanner.plan(options, slots, List.of("A", "B", "C", "D", "E", "F"));

        var perBuyer = meetings.stream().collect(Collectors.groupingBy(Meeting::buyerId, Collectors.counting()));
        assertThat(perBuyer.values()).allMatch(n -> n == slots);
    }

    private record Round(List<Options> buyers, int slots, List<String> rooms) {
    }

    private static Round randomRound(Random random) {
        int buyers = 1 + random.nextInt(6);
        int members = 1 + random.nextInt(15);
        var options = new ArrayList<Options>();
        for (int b = 0; b < buyers; b++) {
            var chosen = new HashSet<Integer>();
            var ranked = new ArrayList<Option>();
            int candidates = random.nextInt(members + 1);
            while (chosen.size() < candidates) {
                int m = random.nextInt(members);
                if (chosen.add(m)) {
                    ranked.add(new Option(1000 + m, random.nextDouble() * 100));
                }
            }
            ranked.sort(Comparator.comparingDouble(Option::score).reversed());
            options.add(new Options(b + 1, ranked));
        }
        var rooms = IntStream.range(0, 1 + random.nextInt(4)).mapToObj(r -> "Meja " + (r + 1)).toList();
        return new Round(options, 1 + random.nextInt(8), rooms);
    }
}
