package id.sentra.registry.importing;

/**
 * One reason a file was not imported, in the reader's language: the spreadsheet row (header = 1),
 * the column as the file names it, and why. Row 0 means the file as a whole, with no column.
 */
public record RowProblem(int row, String column, String reason) {

    public boolean wholeFile() {
        return row == 0;
    }
}
