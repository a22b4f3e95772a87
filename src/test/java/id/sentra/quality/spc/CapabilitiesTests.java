package id.sentra.quality.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capability indices, their intervals and the expected PPM, checked against printed tables. */
class CapabilitiesTests {

    /** Ten 9s and ten 11s: mean 10, sample standard deviation sqrt(20/19) = 1.025978. */
    private static final List<Double> TWENTY = twenty();

    @Test
    void matchesTheTextbookPistonRingCp() {
        // Montgomery, Introduction to SQC (6th ed.), section 6.2, piston rings: USL 74.05, LSL 73.95, sigma = R̄/d2 = 0.023/2.326 -> Cp = 1.68.
        Capability c = Capabilities.of(List.of(74.0, 74.002), 0.023 / 2.326, SpecLimits.twoSided(73.95, 74.05), 0.95);

        assertThat(c.cp()).isNotNull();
        assertThat(c.cp().value()).isCloseTo(1.68, within(0.01));
    }

    @Test
    void givesTheChiSquareIntervalForCp() {
        // Spec 4..16 with sigma-within 1: Cp = 2. df = 19; chi-square table: 8.907 (0.025), 32.852 (0.975).
        Capability c = Capabilities.of(TWENTY, 1.0, SpecLimits.twoSided(4, 16), 0.95);

        assertThat(c.cp().value()).isCloseTo(2.0, within(1e-12));
        assertThat(c.cp().lower()).isCloseTo(2 * Math.sqrt(8.907 / 19), within(0.001));
        assertThat(c.cp().upper()).isCloseTo(2 * Math.sqrt(32.852 / 19), within(0.001));
    }

    @Test
    void givesBissellsIntervalForCpk() {
        // Cpk = 2, N = 20, z = 1.96: half-width = 1.96 * sqrt(1/180 + 4/38) = 0.6525.
        Capability c = Capabilities.of(TWENTY, 1.0, SpecLimits.twoSided(4, 16), 0.95);

        assertThat(c.cpk().value()).isCloseTo(2.0, within(1e-12));
        assertThat(c.cpk().lower()).isCloseTo(2 - 0.6525, within(0.0005));
        assertThat(c.cpk().upper()).isCloseTo(2 + 0.6525, within(0.0005));
    }

    @Test
    void usesTheOverallSampleDeviationForPpAndPpk() {
        Capability c = Capabilities.of(TWENTY, 1.0, SpecLimits.twoSided(4, 16), 0.95);

        assertThat(c.sigmaOverall()).isCloseTo(1.025978, within(1e-6));
        assertThat(c.pp().value()).isCloseTo(12 / (6 * 1.025978), within(1e-6));
        assertThat(c.ppk().value()).isCloseTo(6 / (3 * 1.025978), within(1e-6));
    }

    @Test
    void handlesAOneSidedSpecificationWithoutCpOrPp() {
        double s = Math.sqrt(20.0 / 19);
        Capability c = Capabilities.of(TWENTY, 1.0, SpecLimits.upperOnly(10 + 3 * s), 0.95);

        assertThat(c.cp()).isNull();
        assertThat(c.pp()).isNull();
        assertThat(c.ppk().value()).isCloseTo(1.0, within(1e-9));
        // capability_thresholds.csv: one-sided normal tail at Cpk 1.00 is 1349.898 ppm.
        assertThat(c.expectedPpm()).isCloseTo(1349.898, within(0.001));
    }

    @Test
    void expectsSixtySixPpmForACentredProcessAtPpk133() {
        // capability_thresholds.csv: two-sided, centred, Cpk 1.33 -> 66.073 ppm.
        double s = Math.sqrt(20.0 / 19);
        Capability c = Capabilities.of(TWENTY, 1.0, SpecLimits.twoSided(10 - 3.99 * s, 10 + 3.99 * s), 0.95);

        assertThat(c.expectedPpm()).isCloseTo(66.073, within(0.001));
    }

    @Test
    void decidesByTheAiagBands() {
        assertThat(CapabilityDecision.forPreliminaryPpk(1.68)).isEqualTo(CapabilityDecision.ACCEPTABLE);
        assertThat(CapabilityDecision.forPreliminaryPpk(1.67)).isEqualTo(CapabilityDecision.CONDITIONAL);
        assertThat(CapabilityDecision.forPreliminaryPpk(1.33)).isEqualTo(CapabilityDecision.CONDITIONAL);
        assertThat(CapabilityDecision.forPreliminaryPpk(1.32)).isEqualTo(CapabilityDecision.UNACCEPTABLE);
        assertThat(CapabilityDecision.forOngoingCpk(1.33)).isEqualTo(CapabilityDecision.ACCEPTABLE);
        assertThat(CapabilityDecision.forOngoingCpk(1.00)).isEqualTo(CapabilityDecision.CONDITIONAL);
        assertThat(CapabilityDecision.forOngoingCpk(0.99)).isEqualTo(CapabilityDecision.UNACCEPTABLE);
    }

    @Test
    void refusesASpecificationWithoutLimitsOrWithCrossedLimits() {
        assertThatThrownBy(() -> new SpecLimits(null, null)).hasMessageContaining("at least one limit");
        assertThatThrownBy(() -> SpecLimits.twoSided(5, 4)).hasMessageContaining("must be below");
    }

    @Test
    void countsTheShareOfLotsAcceptedFirstTime() {
        FirstTimeAcceptance record = new FirstTimeAcceptance(17, 20);

        assertThat(record.share()).hasValue(0.85);
        assertThat(new FirstTimeAcceptance(0, 0).share()).isEmpty();
        assertThat(record.plus(false).share()).hasValue(17.0 / 21);
        assertThatThrownBy(() -> new FirstTimeAcceptance(3, 2)).hasMessageContaining("<= inspected");
    }

    private static List<Double> twenty() {
        List<Double> values = new ArrayList<>(Collections.nCopies(10, 9.0));
        values.addAll(Collections.nCopies(10, 11.0));
        return List.copyOf(values);
    }
}
