package id.sentra.quality.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes lines of text down A4 pages and starts a new page when one is full, so a lot of many heats still
 * prints whole. Uses the standard Helvetica fonts: nothing to embed, readable by every PDF reader.
 */
final class PageWriter implements AutoCloseable {

    static final float MARGIN = 40;
    static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream stream;
    private float y = TOP;

    PageWriter(PDDocument document) {
        this.document = document;
        this.stream = newPage();
    }

    PDPageContentStream stream() {
        return stream;
    }

    float y() {
        return y;
    }

    /** Moves down by {@code height}, on a new page when the space left is too small. */
    void down(float height) {
        if (y - height < MARGIN) {
            close();
            stream = newPage();
            y = TOP;
        }
        y -= height;
    }

    void text(float x, String text, boolean strong, float size) {
        try {
            var font = strong ? bold : regular;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            stream.showText(safe(font, text));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters outside the font's WinAnsi encoding print as '?' rather than failing the certificate. */
    private static String safe(PDType1Font font, String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private PDPageContentStream newPage() {
        var page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try {
            return new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
