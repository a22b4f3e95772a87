package id.sentra.tkdn.worksheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Writes text down landscape A4 pages (a worksheet has ten columns) and starts a new page when one is full.
 * Embeds Liberation Sans, the font PDFBox ships, so that the worksheet prints the same everywhere and carries
 * the signs rule texts use (≤, ≥, →, ×); bold is drawn by stroking the glyphs, which keeps one embedded font.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 36;
    static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float LEFT = MARGIN;
    static final float RIGHT = SIZE.getWidth() - MARGIN;
    /** Room kept free at the foot of each page for the page footer. */
    private static final float BOTTOM = MARGIN + 18;
    private static final float TOP = SIZE.getHeight() - MARGIN;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream stream;
    private boolean open;
    private float y = TOP;

    PdfPages(PDDocument document) {
        this.document = document;
        try (InputStream in = Objects.requireNonNull(PdfPages.class.getResourceAsStream(FONT), FONT)) {
            this.font = PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.stream = newPage();
    }

    /** Moves down by {@code height}; returns true when that needed a new page. */
    boolean down(float height) {
        boolean fresh = false;
        if (y - height < BOTTOM) {
            newPageNow();
            fresh = true;
        }
        y -= height;
        return fresh;
    }

    /** Starts a new page unless at least {@code height} is left on this one. */
    boolean keep(float height) {
        if (y - height < BOTTOM) {
            newPageNow();
            return true;
        }
        return false;
    }

    void newPageNow() {
        close();
        stream = newPage();
        y = TOP;
    }

    void text(float x, String text, boolean strong, float size) {
        write(stream, x, y, safe(text), strong, size);
    }

    void textRight(float right, String text, boolean strong, float size) {
        String safe = safe(text);
        write(stream, right - width(safe, size), y, safe, strong, size);
    }

    /** A thin horizontal line just below the current line. */
    void rule(float from, float to) {
        try {
            stream.setLineWidth(0.4f);
            stream.moveTo(from, y - 3);
            stream.lineTo(to, y - 3);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(safe(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits at spaces (never before a % sign) so each line fits the width; a word longer than the width is cut. */
    List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        var line = new StringBuilder();
        for (String word : text.split(" (?!%)")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, size) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Prints "footer … page n of m" at the foot of every page, once all pages exist. */
    void footers(IntFunction<String> footer, float size) {
        close();
        int n = 0;
        for (PDPage page : document.getPages()) {
            n++;
            try (var foot = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                write(foot, LEFT, MARGIN, safe(footer.apply(n)), false, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void write(PDPageContentStream on, float x, float atY, String text, boolean strong, float size) {
        try {
            on.beginText();
            on.setFont(font, size);
            on.setRenderingMode(strong ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            if (strong) {
                on.setLineWidth(size * 0.035f);
            }
            on.newLineAtOffset(x, atY);
            on.showText(text);
            on.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A character the font lacks prints as '?' rather than failing the worksheet. */
    private String safe(String text) {
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
        var page = new PDPage(SIZE);
        document.addPage(page);
        try {
            open = true;
            return new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
