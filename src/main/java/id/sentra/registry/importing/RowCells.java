package id.sentra.registry.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The cells of one row, read as text, numbers, codes and dates; what cannot be read is noted as a
 * finding of the row and column (and entry, for cells that list several) and comes back as null.
 */
final class RowCells {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");
    /** A comma is accepted as the decimal mark too: Indonesian spreadsheets write -7,65. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private final SheetRow row;
    private final MemberColumns columns;
    private final List<Finding> findings = new ArrayList<>();

    RowCells(SheetRow row, MemberColumns columns) {
        this.row = row;
        this.columns = columns;
    }

    String text(Column column) {
        return columns.cell(row, column);
    }

    /** Text the rules do not limit but the database does; too long is said here rather than failing at the save. */
    @Nullable String optionalText(Column column, int maxLength) {
        String value = text(column);
        if (value.length() > maxLength) {
            problem(column, "import.value.tooLong", maxLength);
        }
        return value.isEmpty() ? null : value;
    }

    @Nullable Integer wholeNumber(Column column, boolean required) {
        String value = text(column);
        if (value.isEmpty()) {
            if (required) {
                problem(column, "import.value.required");
            }
            return null;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            problem(column, "import.value.wholeNumber", value);
            return null;
        }
        return Integer.valueOf(value);
    }

    @Nullable Double decimal(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            problem(column, "import.value.number", value);
            return null;
        }
        return Double.valueOf(value.replace(',', '.'));
    }

    /** The entries of a cell that lists several, separated by {@code ;}; empty entries are ignored. */
    List<String> entries(Column column) {
        return Arrays.stream(text(column).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    <E extends Enum<E>> Set<E> codes(Column column, Class<E> type) {
        var result = EnumSet.noneOf(type);
        for (String entry : entries(column)) {
            var value = lookup(entry, type);
            if (value == null) {
                problem(column, "import.value.code", entry, choices(type));
            } else {
                result.add(value);
            }
        }
        return result;
    }

    <E extends Enum<E>> @Nullable E code(Column column, int entry, String text, Class<E> type) {
        var value = lookup(text, type);
        if (value == null) {
            entryProblem(column, entry, "import.value.code", text.strip(), choices(type));
        }
        return value;
    }

    @Nullable Integer entryNumber(Column column, int entry, String text) {
        String value = text.strip();
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            entryProblem(column, entry, "import.value.wholeNumber", value);
            return null;
        }
        return Integer.valueOf(value);
    }

    @Nullable LocalDate date(Column column, int entry, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            entryProblem(column, entry, "import.value.date", text.strip());
            return null;
        }
    }

    void problem(Column column, String messageKey, Object... arguments) {
        findings.add(columns.finding(row.number(), column, messageKey, arguments));
    }

    void entryProblem(Column column, int entry, String messageKey, Object... arguments) {
        findings.add(columns.finding(row.number(), column,
                Finding.message("import.entry", entry, Finding.message(messageKey, arguments))));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Codes are the constant names, forgiving letter case and a space or hyphen for the underscore. */
    private static <E extends Enum<E>> @Nullable E lookup(String text, Class<E> type) {
        String key = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(key)).findFirst().orElse(null);
    }

    private static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
