package id.sentra.tkdn.worksheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import id.sentra.tkdn.AssessedLine;
import id.sentra.tkdn.CostCategory;
import id.sentra.tkdn.Origin;
import id.sentra.tkdn.WorksheetEvidence;

/**
 * The worksheet's words and numbers in one locale, shared by the PDF and the workbook: labels from the
 * bundles, rupiah as 1.257.125,4 (Indonesian) or 1,257,125.4 (English), percentages with two decimals.
 */
final class WorksheetText {

    private final MessageSource messages;
    private final Locale locale;

    WorksheetText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String languageTag() {
        return locale.toLanguageTag();
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Worksheet labels live under {@code tkdn.worksheet.}. */
    String label(String key, Object... args) {
        return get("tkdn.worksheet." + key, args);
    }

    /** Rupiah with up to two decimals: worksheet parts are exact and may carry sen (18.214,4). */
    String rupiah(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** A reported percentage, always with two decimals and the sign: 86,25 %. */
    String percent(BigDecimal percent) {
        return decimal(percent, 2) + " %";
    }

    String decimal(BigDecimal value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A quantity as given, without trailing zeros: 0,2 or 1,5 or 4. */
    String quantity(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    String category(CostCategory category) {
        return get(category.messageKey());
    }

    /** Where a line comes from, in a verifier's words; a labour line by the crew's citizenship. */
    String origin(AssessedLine line) {
        Origin origin = line.line().origin();
        if (line.line().category() == CostCategory.DIRECT_LABOUR) {
            return label(origin instanceof Origin.Domestic ? "origin.labour.wni" : "origin.labour.foreign");
        }
        return switch (origin) {
            case Origin.Imported i -> label("origin.imported");
            case Origin.Domestic d when d.localRawMaterial() -> label("origin.domestic.local");
            case Origin.Domestic d -> label("origin.domestic.other");
            case Origin.Certified c when c.certificate() != null ->
                    label("origin.certified.numbered", percent(c.tkdnPercent()), c.certificate());
            case Origin.Certified c -> label("origin.certified", percent(c.tkdnPercent()));
        };
    }

    String material(WorksheetEvidence evidence) {
        return get(evidence.material().messageKey());
    }

    String chargeOrigin(WorksheetEvidence evidence) {
        return get(evidence.origin().messageKey());
    }

    static String orDash(@Nullable String value) {
        return value == null || value.isBlank() ? "–" : value;
    }
}
