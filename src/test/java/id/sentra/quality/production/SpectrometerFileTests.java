package id.sentra.quality.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.sentra.quality.Element;

class SpectrometerFileTests {

    private static SpectrometerFile.Reading read(String file) {
        return SpectrometerFile.read(SpectrometerFiles.text(file), SpectrometerFiles.mapping("ARL"));
    }

    @Test
    void readsEveryLineOfAGoodExportWithDecimalCommas() {
        var reading = read("good.csv");
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows()).extracting(AnalysisRow::heatNumber).containsExactly("SPX-101", "SPX-102", "SPX-103");
        var first = reading.rows().get(0);
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.analysedOn()).isEqualTo(LocalDate.of(2027, 2, 3));
        assertThat(first.readings().get(Element.C)).isEqualByComparingTo("3.42");
        assertThat(first.readings().get(Element.P)).isEqualByComparingTo("0.080");
    }

    @Test
    void leavesOutAnElementTheInstrumentDidNotRead() {
        var third = read("good.csv").rows().get(2);
        assertThat(third.readings()).doesNotContainKey(Element.CR).containsEntry(Element.CU, new BigDecimal("0.22"));
    }

    @Test
    void namesTheLineAndColumnOfABadCell() {
        var reading = read("bad-row.csv");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Si %");
            assertThat(p.messageKey()).isEqualTo("spectro.decimal.comma");
            assertThat(p.arguments()).containsExactly("2,1x");
        });
    }

    @Test
    void refusesDecimalPointsWhenTheMappingSaysDecimalComma() {
        var reading = read("wrong-decimal.csv");
        assertThat(reading.problems()).hasSize(14).allSatisfy(p -> assertThat(p.messageKey()).isEqualTo("spectro.decimal.comma"));
        assertThat(reading.problems().get(0)).satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("C %");
        });
    }

    @Test
    void reportsAMappedColumnTheHeaderLacks() {
        var mapping = new MappingDraft("ARL", ";", true, "Sample Name", "Date", "dd/MM/yyyy",
                java.util.Map.of(Element.MG, "Mg %"));
        var reading = SpectrometerFile.read(SpectrometerFiles.text("good.csv"), mapping);
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("Mg %");
            assertThat(p.messageKey()).isEqualTo("spectro.column.missing");
        });
    }

    @Test
    void reportsAHeatNumberTwiceInOneFile() {
        String text = SpectrometerFiles.text("good.csv") + "SPX-101;03/02/2027;3,40;2,00;0,60;0,08;0,07;0,1;0,2\r\n";
        var reading = SpectrometerFile.read(text, SpectrometerFiles.mapping("ARL"));
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.messageKey()).isEqualTo("spectro.heat.duplicate");
        });
    }

    @Test
    void reportsADateThatDoesNotMatchThePattern() {
        String text = "Sample Name;Date;C %\r\nSPX-1;2027-02-03;3,4\r\n";
        var mapping = new MappingDraft("ARL", ";", true, "Sample Name", "Date", "dd/MM/yyyy", java.util.Map.of(Element.C, "C %"));
        assertThat(SpectrometerFile.read(text, mapping).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("Date");
            assertThat(p.messageKey()).isEqualTo("spectro.date.invalid");
        });
    }
}
