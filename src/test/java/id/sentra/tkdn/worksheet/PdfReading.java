package id.sentra.tkdn.worksheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a worksheet PDF back as a person does: page by page, line by line as printed, and the numbers on a line
 * in the reader's locale (58.640 is fifty-eight thousand six hundred forty in Indonesian).
 */
final class PdfReading {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*");

    private PdfReading() {
    }

    /** The text of each page, in reading order. */
    static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    static String text(byte[] pdf) throws IOException {
        return String.join("\n", pages(pdf));
    }

    /** The first printed line that starts with {@code start}. */
    static String lineStartingWith(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("No line starts with \"" + start + "\" in:\n" + text));
    }

    /** The first printed line that matches {@code regex} as a whole. */
    static String lineMatching(String text, String regex) {
        return text.lines().filter(l -> l.matches(regex)).findFirst()
                .orElseThrow(() -> new AssertionError("No line matches \"" + regex + "\" in:\n" + text));
    }

    /** Every whole number token on the line, read in the locale, without trailing zeros (58.640 → 58640). */
    static List<BigDecimal> numbers(String line, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        List<BigDecimal> numbers = new ArrayList<>();
        for (String token : line.split(" ")) {
            if (NUMBER.matcher(token).matches()) {
                var position = new ParsePosition(0);
                BigDecimal number = (BigDecimal) format.parse(token, position);
                if (position.getIndex() == token.length()) {
                    numbers.add(number.stripTrailingZeros());
                }
            }
        }
        return numbers;
    }

    static BigDecimal plain(BigDecimal value) {
        return value.stripTrailingZeros();
    }
}
