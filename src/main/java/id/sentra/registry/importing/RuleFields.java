package id.sentra.registry.importing;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import id.sentra.platform.FieldProblem;

/**
 * Puts a problem the registry's rules found, named by field ({@code workforce},
 * {@code equipment[0].kgPerHeat}), back on the file's row, column and entry.
 */
final class RuleFields {

    private static final Pattern LIST_ITEM = Pattern.compile("(\\w+)\\[(\\d+)]\\..*");
    private static final Map<String, Column> COLUMNS = Map.ofEntries(
            entry("nib", Column.NIB), entry("legalName", Column.LEGAL_NAME), entry("ownerName", Column.OWNER),
            entry("street", Column.STREET), entry("village", Column.VILLAGE), entry("kecamatan", Column.KECAMATAN),
            entry("kabupaten", Column.KABUPATEN), entry("province", Column.PROVINCE), entry("latitude", Column.LATITUDE),
            entry("longitude", Column.LONGITUDE), entry("workforce", Column.WORKFORCE),
            entry("foundedYear", Column.FOUNDED_YEAR), entry("processes", Column.PROCESSES),
            entry("materials", Column.MATERIALS));

    private final MemberColumns columns;

    RuleFields(MemberColumns columns) {
        this.columns = columns;
    }

    /** Empty when the cell was unreadable and a stand-in was checked instead: its own finding says enough. */
    Optional<Finding> locate(ParsedRow parsed, FieldProblem problem) {
        var reason = reason(problem);
        var item = LIST_ITEM.matcher(problem.field());
        if (item.matches() && parsed.entries().containsKey(item.group(1))) {
            var entry = parsed.entries().get(item.group(1)).get(Integer.parseInt(item.group(2)));
            return Optional.of(columns.finding(parsed.row(), entry.column(),
                    Finding.message("import.entry", entry.number(), reason)));
        }
        var column = COLUMNS.get(problem.field());
        if (column == null) {
            // A field this file format has no column for; name it as the rules do rather than lose it.
            return Optional.of(new Finding(parsed.row(), Integer.MAX_VALUE, problem.field(), reason));
        }
        if (parsed.substituted().contains(column)) {
            return Optional.empty();
        }
        return Optional.of(columns.finding(parsed.row(), column, reason));
    }

    /** The rule's own message, or a general one should the rule's key be missing from the bundles. */
    private static MessageSourceResolvable reason(FieldProblem problem) {
        return new DefaultMessageSourceResolvable(new String[] {problem.messageKey(), "import.rule.fallback"},
                problem.arguments().toArray());
    }
}
