package id.sentra.tkdn.worksheet;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.sentra.quality.ChargeMaterial;
import id.sentra.quality.ChargeOrigin;
import id.sentra.tkdn.BmpClaim;
import id.sentra.tkdn.BmpFactor;
import id.sentra.tkdn.CostKind;
import id.sentra.tkdn.CostLine;
import id.sentra.tkdn.CostStructure;
import id.sentra.tkdn.FactoryBasis;
import id.sentra.tkdn.Origin;
import id.sentra.tkdn.Regulation;
import id.sentra.tkdn.Tkdn;
import id.sentra.tkdn.TkdnWorksheet;
import id.sentra.tkdn.WorksheetEvidence;
import id.sentra.tkdn.WorksheetHeader;

/**
 * Worksheets to print: the published hospital-bed Form 1.1 (Permenperin 16/2011, tkdn_examples.csv rows
 * P16-F11-BED-1..10) and the brake block of DOMAIN-DATA §6 under 35/2025, with charge evidence, and the
 * application's bundles read as Spring Boot reads them.
 */
final class WorksheetExamples {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final Pattern FORM_LINE = Pattern.compile(
            "origin (\\w+); tier-2 TKDN ([\\d.]+)%; qty per unit ([\\d.]+); unit price (\\d+)");
    private static final Tkdn TKDN = new Tkdn();

    /** One published Form 1.1 line with the KDN, KLN and total the file gives for it. */
    record FormLine(String id, CostLine line, BigDecimal domestic, BigDecimal foreign, BigDecimal total) {
    }

    private WorksheetExamples() {
    }

    static MessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages-tkdn", "messages-production", "messages-tkdn-worksheet");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static TkdnWorksheet hospitalBed() {
        List<CostLine> lines = bedLines().stream().map(FormLine::line).toList();
        var bed = new CostStructure("Hospital bed, 3 cranks", lines, FactoryBasis.OWN_FACTORY);
        return new TkdnWorksheet(header("Hospital bed, 3 cranks", null), TKDN.assess(bed, Regulation.PERMENPERIN_16_2011),
                evidence(3));
    }

    /** DOMAIN-DATA §6 illustration: material KDN 69,000 / 80,000 = 86.25 %; TKDN 0.75 × 86.25 + 10 + 15 = 89.69 %. */
    static TkdnWorksheet brakeBlock(List<WorksheetEvidence> evidence) {
        var block = new CostStructure("Metallic brake block", List.of(
                CostLine.of("Pig iron and scrap", CostKind.PIG_IRON, 60_000, new Origin.Domestic(true)),
                CostLine.of("Ferro-phosphorus", CostKind.FERRO_ALLOY, 5_000, new Origin.Imported()),
                CostLine.of("Steel backing plate", CostKind.BOUGHT_IN_PART, 15_000,
                        new Origin.Certified(new BigDecimal("45"), "TKDN-2024-0815")),
                CostLine.of("Moulders and fettlers", CostKind.DIRECT_LABOUR, 20_000, new Origin.Domestic(true)),
                CostLine.of("Electricity for the induction furnace", CostKind.ENERGY, 20_000, new Origin.Domestic(true))),
                FactoryBasis.OWN_FACTORY,
                BmpClaim.factors(Set.of(BmpFactor.LABOUR_ABSORPTION, BmpFactor.PARTNERSHIP_SUPPLY_CHAIN)));
        return new TkdnWorksheet(header("Metallic brake block", "KAI-BB-1021"),
                TKDN.assess(block, Regulation.PERMENPERIN_35_2025), evidence);
    }

    /** {@code n} charge lines, alternating domestic scrap and imported pig iron, heats CP-0001 onwards. */
    static List<WorksheetEvidence> evidence(int n) {
        List<WorksheetEvidence> evidence = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            boolean domestic = i % 2 == 1;
            evidence.add(new WorksheetEvidence("CP-%04d".formatted(i), LocalDate.of(2026, 11, 1).plusDays(i % 28),
                    domestic ? ChargeMaterial.STEEL_SCRAP : ChargeMaterial.PIG_IRON, new BigDecimal("250.5"),
                    domestic ? ChargeOrigin.DOMESTIC : ChargeOrigin.IMPORTED,
                    domestic ? "UD Besi Klaten" : null, domestic ? "PO-%03d".formatted(i) : null));
        }
        return evidence;
    }

    static WorksheetHeader header(String product, String buyerPartNumber) {
        return new WorksheetHeader(
                new WorksheetHeader.Manufacturer("CV Logam Jaya", "Jl. Batur 12, Ceper, Klaten", "Koperasi Batur Jaya"),
                product, buyerPartNumber, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                new WorksheetHeader.Prepared(LocalDate.of(2026, 12, 1), "Sri Wahyuni"));
    }

    /** The ten published lines of the bed form, as PublishedExamplesTests reads them. */
    static List<FormLine> bedLines() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                WorksheetExamples.class.getResourceAsStream("/tkdn/tkdn_examples.csv")), StandardCharsets.UTF_8)) {
            return format.parse(reader).stream().filter(r -> r.get("example_id").matches("P16-F11-BED-\\d+"))
                    .map(WorksheetExamples::formLine).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FormLine formLine(CSVRecord row) {
        String inputs = row.get("inputs");
        Matcher m = FORM_LINE.matcher(inputs);
        if (!m.find()) {
            throw new IllegalStateException("Not a Form 1.1 line: " + inputs);
        }
        Origin origin = m.group(1).equals("Indonesia") ? new Origin.Certified(new BigDecimal(m.group(2)), null)
                : new Origin.Imported();
        var line = new CostLine(inputs.substring(0, inputs.indexOf(';')), CostKind.OTHER_MATERIAL,
                new BigDecimal(m.group(3)), new BigDecimal(m.group(4)), origin);
        String[] parts = row.get("expected_result_exact").split("\\|");
        return new FormLine(row.get("example_id"), line, new BigDecimal(parts[0]), new BigDecimal(parts[1]),
                new BigDecimal(parts[2]));
    }
}
