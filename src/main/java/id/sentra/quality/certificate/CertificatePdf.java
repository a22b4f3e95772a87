package id.sentra.quality.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.sentra.quality.certificate.CertificateContent.HeatResult;
import id.sentra.quality.certificate.CertificateContent.Result;

/**
 * Prints a certificate's content as a PDF in the EN 10204 3.1 layout foundries use: parties and order, product,
 * each heat's chemistry and mechanical results beside the limits, the inspection, the declaration, the printed
 * seal and a QR code to the verification page. Labels in Indonesian and English, as buyers file them.
 */
@Component
public class CertificatePdf {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final float VALUE_X = 190;
    private static final float[] COLUMNS = {60, 130, 190, 250, 320};

    private final MessageSource messages;

    CertificatePdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(CertificateContent content, String seal) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            try (var page = new PageWriter(document)) {
                header(page, document, content);
                parties(page, content);
                content.heats().forEach(heat -> heat(page, heat));
                inspection(page, content);
                page.down(18);
                page.text(PageWriter.MARGIN, label("cert.pdf.seal") + ":", true, 8);
                page.down(12);
                page.text(PageWriter.MARGIN, CertificateSeal.printed(seal), true, 9);
                page.down(12);
                page.text(PageWriter.MARGIN, label("cert.pdf.verifyAt") + ": " + content.verifyUrl(), false, 8);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void header(PageWriter page, PDDocument document, CertificateContent content) throws IOException {
        var qr = LosslessFactory.createFromImage(document, QrCode.image(content.verifyUrl(), 300));
        page.stream().drawImage(qr, PageWriter.WIDTH - PageWriter.MARGIN - 90, page.y() - 80, 90, 90);
        page.down(4);
        page.text(PageWriter.MARGIN, label("cert.pdf.title"), true, 13);
        page.down(16);
        page.text(PageWriter.MARGIN, content.type(), false, 10);
        page.down(16);
        page.text(PageWriter.MARGIN, label("cert.pdf.number") + ": " + content.number(), true, 10);
        page.down(14);
        page.text(PageWriter.MARGIN, label("cert.pdf.issuedOn") + ": " + content.issuedOn(), false, 9);
        page.down(30);
    }

    private void parties(PageWriter page, CertificateContent c) {
        fact(page, "cert.pdf.manufacturer", c.manufacturer() + " (" + c.cooperative() + ")");
        fact(page, "cert.pdf.buyer", c.buyer());
        fact(page, "cert.pdf.order", c.order().contractReference() + " - " + c.order().contractTitle());
        fact(page, "cert.pdf.workOrder", "#" + c.order().workOrderId() + " (" + c.order().period() + ")");
        fact(page, "cert.pdf.part", c.product().partName() + " - " + c.product().partNumber());
        fact(page, "cert.pdf.drawing", c.product().drawing());
        fact(page, "cert.pdf.grade", c.product().grade());
        fact(page, "cert.pdf.specRevision", c.product().specRevision());
        fact(page, "cert.pdf.lot", c.quantities().lotId() + " (" + c.quantities().madeOn() + ")");
        fact(page, "cert.pdf.quantity", c.quantities().piecesMade() + " pcs; "
                + label("cert.pdf.scrapped") + " " + c.quantities().piecesScrapped() + " pcs");
    }

    private void heat(PageWriter page, HeatResult heat) {
        page.down(20);
        page.text(PageWriter.MARGIN, label("cert.pdf.heat") + " " + heat.heatNumber() + " (" + heat.meltedOn() + ")", true, 10);
        page.down(13);
        row(page, true, label("cert.pdf.characteristic"), label("cert.pdf.unit"), "Min", "Max", label("cert.pdf.actual"));
        heat.chemistry().forEach(r -> result(page, r));
        heat.mechanical().forEach(r -> result(page, r));
    }

    private void result(PageWriter page, Result r) {
        row(page, false, r.name(), r.unit(), r.min() == null ? "-" : r.min(), r.max() == null ? "-" : r.max(), r.actual());
        if (r.basis() != null) {
            page.down(10);
            page.text(COLUMNS[0], label("cert.pdf.tensileRow") + ": " + r.basis(), false, 7.5f);
        }
    }

    private void row(PageWriter page, boolean strong, String... cells) {
        page.down(11);
        for (int i = 0; i < cells.length; i++) {
            page.text(COLUMNS[i], cells[i], strong, 8.5f);
        }
    }

    private void inspection(PageWriter page, CertificateContent c) {
        page.down(12);
        var i = c.inspection();
        fact(page, "cert.pdf.samplingPlan", i.samplingPlan());
        fact(page, "cert.pdf.sample", "n = " + i.sampleSize() + "; " + label("cert.pdf.defectives") + " " + i.defectives());
        fact(page, "cert.pdf.disposition", i.disposition());
        fact(page, "cert.pdf.inspector", i.inspector() + " (" + i.inspectedOn() + ")");
        page.down(18);
        page.text(PageWriter.MARGIN, messages.getMessage("cert.pdf.declaration", null, INDONESIAN), false, 8);
        page.down(11);
        page.text(PageWriter.MARGIN, messages.getMessage("cert.pdf.declaration", null, Locale.ENGLISH), false, 8);
    }

    private void fact(PageWriter page, String key, String value) {
        page.down(13);
        page.text(PageWriter.MARGIN, label(key), true, 8.5f);
        var lines = wrap(value, 68);
        page.text(VALUE_X, lines.getFirst(), false, 9);
        lines.stream().skip(1).forEach(more -> {
            page.down(11);
            page.text(VALUE_X, more, false, 9);
        });
    }

    /** Splits a long value at spaces so it stays inside the right margin (about 68 characters at 9 pt). */
    static java.util.List<String> wrap(String value, int width) {
        var lines = new java.util.ArrayList<String>();
        var line = new StringBuilder();
        for (String word : value.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** "Indonesian / English", the way bilingual mill certificates print their headings. */
    private String label(String key) {
        return messages.getMessage(key, null, INDONESIAN) + " / " + messages.getMessage(key, null, Locale.ENGLISH);
    }
}
