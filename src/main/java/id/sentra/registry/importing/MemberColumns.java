package id.sentra.registry.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;

/**
 * Where each column sits in one file and what the file calls it, read from its header row.
 * Problems are reported under the file's own heading, so the person finds the cell they must fix.
 */
final class MemberColumns {

    private final Map<Column, Integer> positions;
    private final Map<Column, String> headings;

    private MemberColumns(Map<Column, Integer> positions, Map<Column, String> headings) {
        this.positions = positions;
        this.headings = headings;
    }

    /**
     * Maps the header row. An unknown or repeated column is a problem too, not something to skip:
     * a column Sentra ignored would be data the person believes was imported.
     */
    static MemberColumns read(SheetRow header, List<Finding> problems) {
        var positions = new EnumMap<Column, Integer>(Column.class);
        var headings = new EnumMap<Column, String>(Column.class);
        for (int i = 0; i < header.cells().size(); i++) {
            String heading = header.cell(i).strip();
            if (heading.isEmpty()) {
                continue;
            }
            var column = Column.named(heading);
            if (column.isEmpty()) {
                problems.add(Finding.of(header.number(), i, heading, "import.header.unknown", knownHeadings()));
            } else if (positions.containsKey(column.get())) {
                problems.add(Finding.of(header.number(), i, heading, "import.header.duplicate"));
            } else {
                positions.put(column.get(), i);
                headings.put(column.get(), heading);
            }
        }
        for (var column : Column.values()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(Finding.of(header.number(), Integer.MAX_VALUE, column.heading(), "import.header.missing"));
            }
        }
        return new MemberColumns(positions, headings);
    }

    String cell(SheetRow row, Column column) {
        Integer position = positions.get(column);
        return position == null ? "" : row.cell(position).strip();
    }

    Finding finding(int row, Column column, MessageSourceResolvable reason) {
        return new Finding(row, positions.getOrDefault(column, Integer.MAX_VALUE),
                headings.getOrDefault(column, column.heading()), reason);
    }

    Finding finding(int row, Column column, String messageKey, Object... arguments) {
        return finding(row, column, Finding.message(messageKey, arguments));
    }

    static List<String> headingsInOrder(boolean required) {
        var result = new ArrayList<String>();
        for (var column : Column.values()) {
            if (column.required() == required) {
                result.add(column.heading());
            }
        }
        return result;
    }

    private static String knownHeadings() {
        return Arrays.stream(Column.values()).map(Column::heading).collect(Collectors.joining(", "));
    }
}
