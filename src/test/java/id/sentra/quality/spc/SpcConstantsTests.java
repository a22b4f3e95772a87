package id.sentra.quality.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped constants against the published table and the identities that tie them together. */
class SpcConstantsTests {

    @Test
    void readsThePublishedConstantsForSubgroupsOfFive() {
        // AIAG table as reproduced by AVEVA Plant SCADA docs, n = 5.
        ChartConstants five = SpcConstants.standard().forSubgroupSize(5);

        assertThat(five.A2()).isEqualTo(0.577);
        assertThat(five.D3()).isEqualTo(0.0);
        assertThat(five.D4()).isEqualTo(2.114);
        assertThat(five.d2()).isEqualTo(2.326);
        assertThat(five.c4()).isEqualTo(0.9400);
        assertThat(five.A3()).isEqualTo(1.427);
        assertThat(five.B4()).isEqualTo(2.089);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8, 9, 10})
    void agreesWithTheDefiningIdentities(int n) {
        ChartConstants k = SpcConstants.standard().forSubgroupSize(n);

        assertThat(k.A2()).isCloseTo(3 / (k.d2() * Math.sqrt(n)), within(0.002));
        assertThat(k.A3()).isCloseTo(3 / (k.c4() * Math.sqrt(n)), within(0.002));
        assertThat(k.D4()).isCloseTo(1 + 3 * k.d3() / k.d2(), within(0.003));
        assertThat(k.E2()).isCloseTo(3 / k.d2(), within(0.002));
    }

    @Test
    void refusesSubgroupsLargerThanTheTable() {
        assertThatThrownBy(() -> SpcConstants.standard().forSubgroupSize(11)).hasMessageContaining("2..10");
    }
}
