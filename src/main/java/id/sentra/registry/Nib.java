package id.sentra.registry;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Nomor Induk Berusaha: the 13-digit business identification number issued by OSS
 * (PP 5/2021 on risk-based licensing). It carries no public check digit, so validation is its shape.
 */
public final class Nib {

    private static final Pattern THIRTEEN_DIGITS = Pattern.compile("\\d{13}");

    private Nib() {
    }

    public static boolean isValid(@Nullable String value) {
        return value != null && THIRTEEN_DIGITS.matcher(value).matches() && !value.chars().allMatch(c -> c == '0');
    }

    /** Strips the spaces, dots and dashes people type between digit groups. */
    public static String normalise(@Nullable String value) {
        return value == null ? "" : value.replaceAll("[\\s.\\-]", "");
    }
}
