package id.sentra.registry.importing;

import java.util.List;

/** The header row and the data rows of an import file, whatever its format. */
record MemberSheet(SheetRow header, List<SheetRow> rows) {

    MemberSheet {
        rows = List.copyOf(rows);
    }
}
