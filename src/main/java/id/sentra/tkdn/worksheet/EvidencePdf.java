package id.sentra.tkdn.worksheet;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.sentra.quality.ChargeOrigin;
import id.sentra.tkdn.TkdnWorksheet;
import id.sentra.tkdn.WorksheetEvidence;

/**
 * The evidence pages: every charge line of the heats melted in the period, with its origin and the supplier
 * or purchase behind it, then the weight by origin. Starts on a new page; a long list runs on over pages.
 */
final class EvidencePdf {

    private static final List<PdfTable.Column> COLUMNS = List.of(
            new PdfTable.Column(36, 24, true), new PdfTable.Column(66, 90, false),
            new PdfTable.Column(158, 80, false), new PdfTable.Column(242, 150, false),
            new PdfTable.Column(396, 70, true), new PdfTable.Column(474, 86, false),
            new PdfTable.Column(564, 140, false), new PdfTable.Column(708, 98, false));
    private static final List<String> HEADINGS = List.of("no", "heat", "meltedOn", "material", "weight", "origin",
            "supplier", "purchase");

    private final PdfPages pages;
    private final WorksheetText text;

    EvidencePdf(PdfPages pages, WorksheetText text) {
        this.pages = pages;
        this.text = text;
    }

    void print(TkdnWorksheet worksheet) {
        pages.newPageNow();
        pages.down(10);
        String title = text.label("evidence.title");
        pages.text(PdfPages.LEFT, title, true, 12);
        pages.down(13);
        pages.text(PdfPages.LEFT, text.label("evidence.intro", text.date(worksheet.header().periodFrom()),
                text.date(worksheet.header().periodTo()), worksheet.evidence().size()), false, 8.5f);
        List<WorksheetEvidence> evidence = worksheet.evidence();
        if (evidence.isEmpty()) {
            pages.down(16);
            pages.text(PdfPages.LEFT, text.label("evidence.none"), false, 9);
            return;
        }
        pages.down(4);
        var table = new PdfTable(pages, COLUMNS, WorksheetPdf.headings(text, "evidence.column.", HEADINGS),
                title + " " + text.label("continued"));
        table.headings();
        for (int i = 0; i < evidence.size(); i++) {
            WorksheetEvidence e = evidence.get(i);
            table.row(WorksheetPdf.cells(String.valueOf(i + 1), e.heatNumber(), text.date(e.meltedOn()), text.material(e),
                    text.decimal(e.weightKg(), 1), text.chargeOrigin(e), WorksheetText.orDash(e.supplier()),
                    WorksheetText.orDash(e.purchaseReference())));
        }
        table.rule();
        for (Map.Entry<ChargeOrigin, BigDecimal> weight : weightByOrigin(evidence).entrySet()) {
            table.row(WorksheetPdf.cells("", "", "", text.label("evidence.totalWeight", text.get(weight.getKey().messageKey())),
                    text.decimal(weight.getValue(), 1), "", "", ""), true);
        }
    }

    static Map<ChargeOrigin, BigDecimal> weightByOrigin(List<WorksheetEvidence> evidence) {
        Map<ChargeOrigin, BigDecimal> weights = new EnumMap<>(ChargeOrigin.class);
        evidence.forEach(e -> weights.merge(e.origin(), e.weightKg(), BigDecimal::add));
        return weights;
    }
}
