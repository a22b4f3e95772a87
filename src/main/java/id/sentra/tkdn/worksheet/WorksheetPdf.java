package id.sentra.tkdn.worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;

import id.sentra.tkdn.AssessedLine;
import id.sentra.tkdn.CategoryTotal;
import id.sentra.tkdn.CostCategory;
import id.sentra.tkdn.Regulation;
import id.sentra.tkdn.TkdnAssessment;
import id.sentra.tkdn.TkdnWorksheet;
import id.sentra.tkdn.WorksheetHeader;

/**
 * Prints a TKDN worksheet as a verifier reads one, modelled on the Permenperin 16/2011 forms (the line columns
 * of Form 1.1, the recap of Form 1.9) and used for 35/2025 too: per cost category each item with its origin,
 * quantity, price, domestic (KDN) and foreign (KLN) part, the subtotal and the category's weight; then the
 * recap with TKDN, BMP and their sum, the rules with regulation and article that gave each credit, and the
 * charge evidence on the following pages.
 */
public final class WorksheetPdf {

    private static final float FACT_LABEL = 110;
    private static final char[] SECTIONS = {'A', 'B', 'C'};
    private static final List<PdfTable.Column> LINE_COLUMNS = List.of(
            new PdfTable.Column(36, 18, true), new PdfTable.Column(56, 140, false),
            new PdfTable.Column(198, 78, false), new PdfTable.Column(278, 142, false),
            new PdfTable.Column(422, 44, true), new PdfTable.Column(468, 62, true),
            new PdfTable.Column(532, 64, true), new PdfTable.Column(598, 64, true),
            new PdfTable.Column(664, 66, true), new PdfTable.Column(732, 44, true),
            new PdfTable.Column(780, 26, false));
    private static final List<String> LINE_HEADINGS = List.of("no", "item", "kind", "origin", "quantity", "unitPrice",
            "domestic", "foreign", "cost", "credit", "basis");
    private static final List<PdfTable.Column> RECAP_COLUMNS = List.of(
            new PdfTable.Column(36, 200, false), new PdfTable.Column(240, 90, true),
            new PdfTable.Column(334, 90, true), new PdfTable.Column(428, 90, true),
            new PdfTable.Column(522, 70, true), new PdfTable.Column(596, 70, true),
            new PdfTable.Column(670, 80, true));
    private static final List<String> RECAP_HEADINGS = List.of("component", "cost", "domestic", "foreign",
            "domesticPercent", "weight", "contribution");
    private static final List<PdfTable.Column> TEXT_COLUMNS = List.of(
            new PdfTable.Column(36, 24, false), new PdfTable.Column(60, 746, false));

    private final MessageSource messages;

    public WorksheetPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(TkdnWorksheet worksheet, Locale locale) {
        var text = new WorksheetText(messages, locale);
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            describe(document, text, worksheet);
            try (var pages = new PdfPages(document)) {
                header(pages, text, worksheet);
                var legend = new RuleLegend(worksheet.assessment());
                for (int i = 0; i < CostCategory.values().length; i++) {
                    category(pages, text, worksheet.assessment(), CostCategory.values()[i], SECTIONS[i], legend);
                }
                recap(pages, text, worksheet.assessment());
                basis(pages, text, worksheet.assessment(), legend);
                signature(pages, text, worksheet.header());
                new EvidencePdf(pages, text).print(worksheet);
                String product = worksheet.header().product();
                String regulation = text.get(worksheet.regulation().messageKey());
                int total = document.getNumberOfPages();
                pages.footers(n -> text.label("pdf.footer", product, regulation, n, total), 7);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Title, author and language in the file's properties, for archives and screen readers. */
    private static void describe(PDDocument document, WorksheetText text, TkdnWorksheet worksheet) {
        var info = document.getDocumentInformation();
        info.setTitle(text.label("title") + " – " + worksheet.header().product());
        info.setAuthor(worksheet.header().manufacturer().name());
        info.setSubject(text.label("subtitle", text.get(worksheet.regulation().messageKey())));
        info.setCreator("Sentra");
        document.getDocumentCatalog().setLanguage(text.languageTag());
    }

    private static void header(PdfPages pages, WorksheetText text, TkdnWorksheet worksheet) {
        WorksheetHeader h = worksheet.header();
        pages.down(10);
        pages.text(PdfPages.LEFT, text.label("title"), true, 14);
        pages.down(14);
        pages.text(PdfPages.LEFT, text.label("subtitle", text.get(worksheet.regulation().messageKey())), false, 9);
        pages.down(8);
        fact(pages, text, "manufacturer", h.manufacturer().name());
        fact(pages, text, "address", h.manufacturer().address());
        fact(pages, text, "cooperative", h.manufacturer().cooperative());
        fact(pages, text, "product", h.product());
        fact(pages, text, "buyerPartNumber", WorksheetText.orDash(h.buyerPartNumber()));
        fact(pages, text, "period", text.date(h.periodFrom()) + " – " + text.date(h.periodTo()));
        fact(pages, text, "regulation", text.get(worksheet.regulation().messageKey()));
        fact(pages, text, "preparedOn", text.date(h.prepared().on()));
        fact(pages, text, "preparedBy", h.prepared().by());
    }

    private static void fact(PdfPages pages, WorksheetText text, String key, String value) {
        pages.down(11);
        pages.text(PdfPages.LEFT, text.label("header." + key), true, 8);
        List<String> lines = pages.wrap(value, PdfPages.RIGHT - PdfPages.LEFT - FACT_LABEL, 8.5f);
        pages.text(PdfPages.LEFT + FACT_LABEL, lines.getFirst(), false, 8.5f);
        for (String more : lines.subList(1, lines.size())) {
            pages.down(10);
            pages.text(PdfPages.LEFT + FACT_LABEL, more, false, 8.5f);
        }
    }

    private static void category(PdfPages pages, WorksheetText text, TkdnAssessment assessment, CostCategory category,
                                 char section, RuleLegend legend) {
        String title = section + ". " + text.category(category);
        pages.keep(60);
        pages.down(20);
        pages.text(PdfPages.LEFT, title, true, 10);
        pages.down(2);
        var table = new PdfTable(pages, LINE_COLUMNS, headings(text, "column.", LINE_HEADINGS),
                title + " " + text.label("continued"));
        table.headings();
        List<AssessedLine> lines = assessment.lines().stream().filter(l -> l.line().category() == category).toList();
        if (lines.isEmpty()) {
            table.row(cells("", text.label("noLines"), "", "", "", "", "", "", "", "", ""));
        }
        for (AssessedLine line : lines) {
            table.row(cells(String.valueOf(line.number()), line.line().item(), text.get(line.line().kind().messageKey()),
                    text.origin(line), text.quantity(line.line().quantity()), text.rupiah(line.line().unitPrice()),
                    text.rupiah(line.domestic()), text.rupiah(line.foreign()), text.rupiah(line.cost()),
                    text.percent(line.creditPercent()), legend.reference(line)));
        }
        table.rule();
        CategoryTotal total = assessment.category(category);
        table.row(cells("", text.label("subtotal", section), "", "", "", "", text.rupiah(total.domestic()),
                text.rupiah(total.foreign()), text.rupiah(total.cost()), text.percent(total.domesticPercent()), ""), true);
        pages.down(12);
        pages.text(LINE_COLUMNS.get(1).x(), weighting(text, assessment.regulation(), total), false, 8);
    }

    /** "Weight 75,00 % × KDN 86,25 % = 64,69 %"; under 16/2011 the weight is the category's cost share. */
    private static String weighting(WorksheetText text, Regulation regulation, CategoryTotal total) {
        String key = regulation == Regulation.PERMENPERIN_35_2025 && total.category() == CostCategory.FACTORY_OVERHEAD
                ? "weighting.p35.overhead" : "weighting." + regulation.name();
        return text.label(key, text.percent(total.weightPercent()), text.percent(total.domesticPercent()),
                text.percent(total.contributionPercent()));
    }

    private static void recap(PdfPages pages, WorksheetText text, TkdnAssessment assessment) {
        pages.keep(150);
        pages.down(24);
        pages.text(PdfPages.LEFT, text.label("recap"), true, 10);
        pages.down(2);
        var table = new PdfTable(pages, RECAP_COLUMNS, headings(text, "recap.column.", RECAP_HEADINGS),
                text.label("recap") + " " + text.label("continued"));
        table.headings();
        for (int i = 0; i < CostCategory.values().length; i++) {
            CategoryTotal c = assessment.category(CostCategory.values()[i]);
            table.row(cells(SECTIONS[i] + ". " + text.category(c.category()), text.rupiah(c.cost()), text.rupiah(c.domestic()),
                    text.rupiah(c.foreign()), text.percent(c.domesticPercent()), text.percent(c.weightPercent()),
                    text.percent(c.contributionPercent())));
        }
        table.rule();
        table.row(cells(text.label("total"), text.rupiah(assessment.totalCost()), text.rupiah(assessment.totalDomestic()),
                text.rupiah(assessment.totalForeign()), "", "", ""), true);
        pages.down(6);
        figure(pages, text.label("figure.tkdn"), text.percent(assessment.tkdnPercent()));
        figure(pages, text.label("figure.bmp"), text.percent(assessment.bmpPercent()));
        figure(pages, text.label("figure.total"), text.percent(assessment.totalPercent()));
        for (String note : assessment.notes()) {
            pages.down(11);
            pages.text(PdfPages.LEFT, text.label("note") + ": " + text.get(note), false, 8);
        }
    }

    private static void figure(PdfPages pages, String label, String value) {
        pages.down(14);
        pages.text(PdfPages.LEFT, label, true, 10);
        pages.textRight(RECAP_COLUMNS.getLast().right(), value, true, 10);
    }

    /** The regulation, its method, and each rule that credited a line, with the article it comes from. */
    private static void basis(PdfPages pages, WorksheetText text, TkdnAssessment assessment, RuleLegend legend) {
        pages.keep(80);
        pages.down(22);
        pages.text(PdfPages.LEFT, text.label("basis"), true, 10);
        pages.down(12);
        pages.text(PdfPages.LEFT, text.label("method." + assessment.regulation().name()), false, 8);
        pages.down(2);
        var table = new PdfTable(pages, TEXT_COLUMNS, List.of("", ""), text.label("basis") + " " + text.label("continued"));
        List<String> keys = legend.keys();
        for (int i = 0; i < keys.size(); i++) {
            table.row(cells("[" + (i + 1) + "]", text.get(keys.get(i))));
        }
    }

    private static void signature(PdfPages pages, WorksheetText text, WorksheetHeader header) {
        pages.keep(60);
        pages.down(26);
        pages.text(PdfPages.LEFT, text.label("declaration"), false, 8);
        pages.down(24);
        pages.text(PdfPages.LEFT, text.label("signed", header.prepared().by(), text.date(header.prepared().on())), false, 8.5f);
    }

    static List<String> headings(WorksheetText text, String prefix, List<String> keys) {
        List<String> headings = new ArrayList<>();
        keys.forEach(k -> headings.add(text.label(prefix + k)));
        return headings;
    }

    static List<String> cells(String... cells) {
        return List.of(cells);
    }
}
