package id.sentra.quality.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import id.sentra.quality.Disposition;
import id.sentra.quality.LotInspection;
import id.sentra.quality.spc.ControlChart;
import id.sentra.quality.spc.SpecLimits;

/** One subgroup per lot from the sampled parts' measurements; X̄-R for small samples, X̄-S from n = 9. */
class LotChartsTests {

    private static LotInspection lot(long id, double... values) {
        var measured = Map.of("Bore", java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList());
        return InspectionTallyTests.inspection(id, LocalDate.of(2026, 10, (int) id), values.length, 0, Disposition.ACCEPT,
                Disposition.ACCEPT, null, measured);
    }

    @Test
    void drawsAnXBarRChartWithOneSubgroupPerLotCutToTheSmallestSample() {
        var view = LotCharts.chart(List.of(lot(1, 10, 12, 11, 99), lot(2, 11, 13, 12), lot(3, 9, 11, 10)), "lot:Bore",
                SpecLimits.twoSided(5, 15));
        ControlChart chart = view.chart();
        assertThat(chart).isNotNull();
        assertThat(chart.kind()).isEqualTo(ControlChart.Kind.XBAR_R);
        assertThat(chart.subgroupSize()).isEqualTo(3);
        // Means 11, 12, 10 → 11; ranges 2, 2, 2 → R̄ 2; A2(3) = 1.023: limits 11 ± 2.046.
        assertThat(chart.locationLimits().centre()).isCloseTo(11, within(1e-9));
        assertThat(chart.locationLimits().upper()).isCloseTo(13.046, within(1e-9));
        assertThat(view.pointLabels()).containsExactly("L-1", "L-2", "L-3");
        assertThat(view.values()).hasSize(10);
    }

    @Test
    void switchesToXBarSForSamplesOfNineOrTen() {
        double[] a = IntStream.range(0, 12).mapToDouble(i -> 10 + (i % 3)).toArray();
        double[] b = IntStream.range(0, 9).mapToDouble(i -> 11 + (i % 2)).toArray();
        var view = LotCharts.chart(List.of(lot(1, a), lot(2, b)), "lot:Bore", null);
        assertThat(view.chart().kind()).isEqualTo(ControlChart.Kind.XBAR_S);
        assertThat(view.chart().subgroupSize()).isEqualTo(9);
        assertThat(view.capability()).isNull();
    }

    @Test
    void drawsNoChartFromASingleLot() {
        assertThat(LotCharts.chart(List.of(lot(1, 10, 11, 12)), "lot:Bore", null).chart()).isNull();
    }
}
