package id.sentra.quality.production.web;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.sentra.platform.FieldProblem;

/**
 * Numbers as people type them on a phone: Indonesian keyboards give a decimal comma, others a
 * point; either is read, thousands separators are not (a heat's figures never need them).
 */
final class Decimals {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+([.,]\\d+)?");

    private Decimals() {
    }

    static @Nullable BigDecimal parse(@Nullable String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        if (!NUMBER.matcher(trimmed).matches()) {
            problems.add(FieldProblem.of(field, "production.number.invalid", trimmed));
            return null;
        }
        return new BigDecimal(trimmed.replace(',', '.'));
    }

    static @Nullable Integer whole(@Nullable String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "production.whole.invalid", text.trim()));
            return null;
        }
    }
}
