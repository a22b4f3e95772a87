package id.sentra.tkdn.worksheet;

import static id.sentra.tkdn.worksheet.PdfReading.lineMatching;
import static id.sentra.tkdn.worksheet.PdfReading.lineStartingWith;
import static id.sentra.tkdn.worksheet.PdfReading.numbers;
import static id.sentra.tkdn.worksheet.PdfReading.plain;
import static id.sentra.tkdn.worksheet.WorksheetExamples.ENGLISH;
import static id.sentra.tkdn.worksheet.WorksheetExamples.INDONESIAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.sentra.tkdn.AssessedLine;
import id.sentra.tkdn.BmpClaim;
import id.sentra.tkdn.CategoryTotal;
import id.sentra.tkdn.CostCategory;
import id.sentra.tkdn.CostKind;
import id.sentra.tkdn.CostLine;
import id.sentra.tkdn.CostStructure;
import id.sentra.tkdn.FactoryBasis;
import id.sentra.tkdn.Origin;
import id.sentra.tkdn.Regulation;
import id.sentra.tkdn.Tkdn;
import id.sentra.tkdn.TkdnAssessment;
import id.sentra.tkdn.TkdnWorksheet;
import id.sentra.tkdn.worksheet.WorksheetExamples.FormLine;

/**
 * The worksheet PDF read back as a verifier reads it: the published Form 1.1 lines of the hospital bed
 * (Permenperin 16/2011) and the brake block under 35/2025 show the parts, subtotals, TKDN and BMP of the
 * assessment, name the regulation and article, and carry the evidence over as many pages as it needs.
 */
class WorksheetPdfTests {

    private final WorksheetPdf pdf = new WorksheetPdf(WorksheetExamples.messages());

    static List<Locale> locales() {
        return List.of(INDONESIAN, ENGLISH);
    }

    @Test
    void everyPublishedFormLineShowsTheDomesticForeignAndTotalTheFormGives() throws Exception {
        TkdnWorksheet bed = WorksheetExamples.hospitalBed();
        String text = PdfReading.text(pdf.render(bed, ENGLISH));

        List<FormLine> published = WorksheetExamples.bedLines();
        assertThat(published).hasSize(10);
        for (int i = 0; i < published.size(); i++) {
            FormLine f = published.get(i);
            String line = lineStartingWith(text, (i + 1) + " " + f.line().item());
            assertThat(numbers(line, ENGLISH)).as(f.id())
                    .containsSubsequence(plain(f.domestic()), plain(f.foreign()), plain(f.total()));
        }
    }

    @Test
    void theIndonesianWorksheetWritesRupiahWithDotsAndDecimalCommas() throws Exception {
        String text = PdfReading.text(pdf.render(WorksheetExamples.hospitalBed(), INDONESIAN));

        assertThat(lineStartingWith(text, "9 L9 Round bar")).contains("18.214,4 13.785,6 32.000 56,92 %");
        assertThat(lineStartingWith(text, "Subtotal A")).contains("1.257.125,4 5.147.874,6 6.405.000 19,63 %");
        assertThat(text).contains("A. Bahan baku langsung", "B. Tenaga kerja langsung", "C. Biaya tidak langsung pabrik",
                "Rekapitulasi", "Nomor part pembeli", "Periode data 1 Nov 2026 – 30 Nov 2026");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void theBedFormSubtotalAndTkdnEqualTheAssessmentUnder16Of2011(Locale locale) throws Exception {
        TkdnWorksheet bed = WorksheetExamples.hospitalBed();
        TkdnAssessment a = bed.assessment();
        String text = PdfReading.text(pdf.render(bed, locale));

        CategoryTotal material = a.category(CostCategory.DIRECT_MATERIAL);
        assertThat(numbers(lineStartingWith(text, "Subtotal A"), locale)).containsExactly(plain(material.domestic()),
                plain(material.foreign()), plain(material.cost()), plain(material.domesticPercent()));
        assertThat(numbers(lineMatching(text, "TKDN \\d.*"), locale)).containsExactly(plain(a.tkdnPercent()));
        assertThat(a.tkdnPercent()).isEqualByComparingTo("19.63");
        assertThat(text).contains("Permenperin 16/2011", "Pasal 3");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void theBrakeBlockShowsItsLinesWeightsTkdnAndBmpUnder35Of2025(Locale locale) throws Exception {
        TkdnWorksheet block = WorksheetExamples.brakeBlock(WorksheetExamples.evidence(3));
        TkdnAssessment a = block.assessment();
        String text = PdfReading.text(pdf.render(block, locale));

        for (AssessedLine line : a.lines()) {
            assertThat(numbers(lineStartingWith(text, line.number() + " " + line.line().item()), locale))
                    .as(line.line().item()).endsWith(plain(line.domestic()), plain(line.foreign()), plain(line.cost()),
                            plain(line.creditPercent()));
        }
        for (String section : List.of("Subtotal A", "Subtotal B", "Subtotal C")) {
            CategoryTotal c = a.categories().get(section.charAt(9) - 'A');
            assertThat(numbers(lineStartingWith(text, section), locale))
                    .containsExactly(plain(c.domestic()), plain(c.foreign()), plain(c.cost()), plain(c.domesticPercent()));
        }
        assertThat(numbers(lineStartingWith(text, "TKDN + BMP"), locale)).containsExactly(plain(a.totalPercent()));
        assertThat(numbers(lineStartingWith(text, "BMP "), locale)).containsExactly(plain(a.bmpPercent()));
        assertThat(List.of(a.tkdnPercent(), a.bmpPercent(), a.totalPercent()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("89.69"), new BigDecimal("8.00"),
                        new BigDecimal("97.69"));
    }

    @Test
    void showsEachCategorysWeightAndContributionUnder35Of2025() throws Exception {
        String text = PdfReading.text(pdf.render(WorksheetExamples.brakeBlock(List.of()), ENGLISH));

        assertThat(text).contains("Weight 75.00 % × KDN 86.25 % = 64.69 % of the TKDN",
                "Weight 10.00 % × KDN 100.00 % = 10.00 % of the TKDN",
                "Weight 15.00 % × factory credit 100.00 % = 15.00 % of the TKDN");
        assertThat(lineMatching(text, "TKDN \\d.*")).isEqualTo("TKDN 89.69 %");
    }

    @Test
    void namesTheRegulationAndTheArticleOfEveryRuleThatCreditedALine() throws Exception {
        String text = PdfReading.text(pdf.render(WorksheetExamples.brakeBlock(List.of()), INDONESIAN));

        assertThat(text).contains("Tingkat Komponen Dalam Negeri menurut Permenperin 35/2025",
                "Dihitung menurut Permenperin 35/2025");
        assertThat(lineStartingWith(text, "3 Steel backing plate")).contains("sertifikat TKDN 45,00 %").endsWith("[3]");
        assertThat(lineStartingWith(text, "[3] ")).contains("rentangnya", ">80 → 100", "≤25 → 25", "Permenperin 35/2025 Pasal 5");
        assertThat(lineStartingWith(text, "[5] ")).contains("Permenperin 35/2025 Pasal 7");
    }

    @Test
    void listsTheChargeEvidenceOnThePagesAfterTheRecap() throws Exception {
        List<String> pages = PdfReading.pages(pdf.render(WorksheetExamples.brakeBlock(WorksheetExamples.evidence(3)), ENGLISH));

        String evidence = pages.getLast();
        assertThat(pages.subList(0, pages.size() - 1)).anySatisfy(p -> assertThat(p).contains("Recap"));
        assertThat(evidence).contains("Evidence of material origin: furnace charge records", "3 lines");
        assertThat(lineStartingWith(evidence, "1 CP-0001")).isEqualTo("1 CP-0001 Nov 2, 2026 Steel scrap 250.5 Domestic UD Besi Klaten PO-001");
        assertThat(lineStartingWith(evidence, "2 CP-0002")).isEqualTo("2 CP-0002 Nov 3, 2026 Pig iron 250.5 Imported – –");
        assertThat(evidence).contains("Total weight, Domestic 501.0", "Total weight, Imported 250.5");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void aLongEvidenceListRunsOnOverPagesUnderRepeatedHeadings(Locale locale) throws Exception {
        List<String> pages = PdfReading.pages(pdf.render(WorksheetExamples.brakeBlock(WorksheetExamples.evidence(150)), locale));
        boolean english = locale == ENGLISH;

        List<String> evidencePages = pages.stream().filter(p -> p.contains("CP-0")).toList();
        assertThat(evidencePages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(evidencePages.subList(1, evidencePages.size())).allSatisfy(p -> assertThat(p)
                .contains(english ? "(continued)" : "(lanjutan)", english ? "Heat number" : "Nomor heat"));
        String all = String.join("\n", pages);
        for (int i = 1; i <= 150; i++) {
            assertThat(all).contains("CP-%04d".formatted(i));
        }
        assertThat(pages.getLast()).contains((english ? "Page " : "Halaman ") + pages.size()
                + (english ? " of " : " dari ") + pages.size());
    }

    @Test
    void saysSoWhenNoChargeRecordsStandBehindTheFigures() throws Exception {
        List<String> pages = PdfReading.pages(pdf.render(WorksheetExamples.brakeBlock(List.of()), INDONESIAN));

        assertThat(pages.getLast()).contains("Tidak ada catatan muatan dalam periode ini.");
    }

    @ParameterizedTest
    @MethodSource("locales")
    void namesEveryKindOfOriginAndPrintsTheRulesThatChangedTheFigure(Locale locale) throws Exception {
        var structure = new CostStructure("Composite brake block", List.of(
                CostLine.of("Imported resin", CostKind.RESIN, 94_000, new Origin.Imported()),
                CostLine.of("Fibre from imported yarn", CostKind.FIBRE, 4_000, new Origin.Domestic(false)),
                CostLine.of("Backing plate", CostKind.BOUGHT_IN_PART, 2_000, new Origin.Certified(new BigDecimal("20"), null)),
                CostLine.of("Local crew", CostKind.DIRECT_LABOUR, 15_000, new Origin.Domestic(true)),
                CostLine.of("Visiting technician", CostKind.DIRECT_LABOUR, 5_000, new Origin.Imported())),
                FactoryBasis.OWN_FACTORY, BmpClaim.stated(new BigDecimal("20")));
        TkdnAssessment a = new Tkdn().assess(structure, Regulation.PERMENPERIN_35_2025);
        var worksheet = new TkdnWorksheet(WorksheetExamples.header("Composite brake block", null), a, List.of());
        boolean english = locale == ENGLISH;

        String text = PdfReading.text(pdf.render(worksheet, locale));

        assertThat(lineStartingWith(text, "1 Imported resin")).contains(english ? "Imported" : "Impor");
        assertThat(lineStartingWith(text, "2 Fibre from imported yarn"))
                .contains(english ? "Domestic, non-local raw material" : "Dalam negeri, bahan baku bukan lokal");
        assertThat(lineStartingWith(text, "3 Backing plate")).contains(english ? "TKDN certificate 20.00 %" : "sertifikat TKDN 20,00 %");
        assertThat(lineStartingWith(text, "4 Local crew")).contains(english ? "Indonesian (WNI)" : "WNI");
        assertThat(lineStartingWith(text, "5 Visiting technician")).contains(english ? "Foreign (WNA)" : "Asing (WNA)");
        assertThat(a.notes()).hasSize(2);
        assertThat(text).contains(english ? "TKDN at least 25 %" : "TKDN paling rendah 25 %",
                english ? "BMP is capped at 15 %" : "BMP dibatasi paling tinggi 15 %");
        assertThat(lineMatching(text, "TKDN \\d.*")).isEqualTo(english ? "TKDN 25.00 %" : "TKDN 25,00 %");
    }

    @Test
    void theFileCarriesTitleAuthorAndLanguage() throws Exception {
        byte[] file = pdf.render(WorksheetExamples.hospitalBed(), INDONESIAN);

        try (var document = Loader.loadPDF(file)) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Lembar Kerja Penilaian Sendiri TKDN Barang – Hospital bed, 3 cranks");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("CV Logam Jaya");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("id");
        }
    }
}
