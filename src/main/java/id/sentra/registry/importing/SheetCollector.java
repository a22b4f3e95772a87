package id.sentra.registry.importing;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Gathers rows as a reader yields them, the same way for every format: the first non-blank row is
 * the header, blank rows are skipped, and a file longer than the limit is refused as soon as that is known.
 */
final class SheetCollector {

    private final int maxRows;
    private @Nullable SheetRow header;
    private final List<SheetRow> rows = new ArrayList<>();

    SheetCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    void add(SheetRow row) {
        if (row.blank()) {
            return;
        }
        if (header == null) {
            header = row;
        } else if (rows.size() == maxRows) {
            throw FileRefusedException.of("import.file.tooManyRows", maxRows);
        } else {
            rows.add(row);
        }
    }

    MemberSheet sheet() {
        if (header == null) {
            throw FileRefusedException.of("import.file.empty");
        }
        if (rows.isEmpty()) {
            throw FileRefusedException.of("import.file.noRows");
        }
        return new MemberSheet(header, rows);
    }
}
