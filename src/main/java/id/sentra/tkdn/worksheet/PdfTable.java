package id.sentra.tkdn.worksheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A table on {@link PdfPages}: cells wrap inside their column, numbers are right-aligned, and a table that
 * runs over a page starts again on the next under its caption (marked as continued) and its headings.
 */
final class PdfTable {

    /** A column from {@code x}, {@code width} wide; numeric columns align right. */
    record Column(float x, float width, boolean numeric) {
        float right() {
            return x + width;
        }
    }

    private static final float SIZE = 7.5f;
    private static final float LEADING = 9.5f;

    private final PdfPages pages;
    private final List<Column> columns;
    private final List<String> headings;
    private final String continued;

    /** {@code continued} is printed above the headings when the table goes on over a page. */
    PdfTable(PdfPages pages, List<Column> columns, List<String> headings, String continued) {
        this.pages = pages;
        this.columns = List.copyOf(columns);
        this.headings = List.copyOf(headings);
        this.continued = continued;
    }

    void headings() {
        draw(headings, true);
        rule();
    }

    void row(List<String> cells) {
        row(cells, false);
    }

    void row(List<String> cells, boolean strong) {
        List<List<String>> wrapped = wrap(cells);
        int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
        if (pages.keep(lines * LEADING + 2)) {
            pages.down(LEADING + 2);
            pages.text(columns.getFirst().x(), continued, true, SIZE + 1);
            pages.down(4);
            headings();
        }
        print(wrapped, lines, strong);
    }

    /** A thin line across the table under the last row. */
    void rule() {
        pages.rule(columns.getFirst().x(), columns.getLast().right());
    }

    private void draw(List<String> cells, boolean strong) {
        List<List<String>> wrapped = wrap(cells);
        print(wrapped, wrapped.stream().mapToInt(List::size).max().orElse(1), strong);
    }

    private void print(List<List<String>> wrapped, int lines, boolean strong) {
        for (int line = 0; line < lines; line++) {
            pages.down(LEADING);
            for (int c = 0; c < columns.size(); c++) {
                List<String> cell = wrapped.get(c);
                if (line < cell.size()) {
                    Column column = columns.get(c);
                    if (column.numeric()) {
                        pages.textRight(column.right(), cell.get(line), strong, SIZE);
                    } else {
                        pages.text(column.x(), cell.get(line), strong, SIZE);
                    }
                }
            }
        }
    }

    private List<List<String>> wrap(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("A row of " + cells.size() + " cells in a table of " + columns.size() + " columns");
        }
        List<List<String>> wrapped = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            wrapped.add(pages.wrap(cells.get(c), columns.get(c).width() - 3, SIZE));
        }
        return wrapped;
    }
}
