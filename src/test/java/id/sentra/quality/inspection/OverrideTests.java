package id.sentra.quality.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.sentra.quality.Disposition;
import id.sentra.quality.sampling.Severity;

/** Overrides set the decision that stands; whatever their number and order, Sentra's own decision stays as it was. */
class OverrideTests {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noSequenceOfOverridesErasesTheOriginalDecision(long seed) {
        var random = new Random(seed);
        var decided = Disposition.values()[random.nextInt(3)];
        var inspection = new Inspection(1, 2, 3, 4, "rev", LocalDate.of(2027, 3, 2), "Anggota", Severity.NORMAL, "plan", decided);
        int overrides = 1 + random.nextInt(6);
        Disposition last = decided;
        for (int i = 0; i < overrides; i++) {
            Disposition to;
            do {
                to = Disposition.values()[random.nextInt(3)];
            } while (to == inspection.standing());
            inspection.override(0, to, "alasan " + i, "Operator", Instant.EPOCH.plusSeconds(i));
            last = to;
        }
        var record = inspection.toRecord();
        assertThat(record.decided()).isEqualTo(decided);
        assertThat(record.standing()).isEqualTo(last);
        assertThat(record.overrideReason()).isEqualTo("alasan " + (overrides - 1));
        assertThat(record.overridden()).isTrue();
    }
}
