package id.sentra.registry.importing;

import java.util.List;

/** One row of a file as text cells, with its spreadsheet row number (the header is row 1). */
record SheetRow(int number, List<String> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /** Empty rows between or after the data are skipped, as a spreadsheet user would expect. */
    boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
