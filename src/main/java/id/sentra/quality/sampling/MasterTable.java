package id.sentra.quality.sampling;

import java.util.List;
import java.util.Map;

/**
 * The single sampling master tables, ISO 2859-1:1999 Tables 2-A (normal) and 2-B (tightened) and
 * ANSI/ASQ Z1.4-2003 Table II-C (reduced, = MIL-STD-105E Table II-C), stored by their diagonals:
 * one code letter down and one AQL step left gives the same Ac/Re, so a table is the run of cells
 * along its diagonals, a cap on Ac for code letters F and later, and the few cells off the pattern.
 */
final class MasterTable {

    /** One cell: a plan, an arrow to follow, or no entry (code letter S outside AQL 0.025). */
    record Cell(Kind kind, int acceptance, int rejection) {
        enum Kind { PLAN, DOWN, UP, NONE }

        static final Cell DOWN = new Cell(Kind.DOWN, -1, -1);
        static final Cell UP = new Cell(Kind.UP, -1, -1);
        static final Cell NONE = new Cell(Kind.NONE, -1, -1);

        static Cell parse(String token) {
            return switch (token) {
                case "v" -> DOWN;
                case "^" -> UP;
                default -> {
                    String[] acRe = token.split("/");
                    yield new Cell(Kind.PLAN, Integer.parseInt(acRe[0]), Integer.parseInt(acRe[1]));
                }
            };
        }
    }

    private static final int CAPPED_FROM = CodeLetter.F.ordinal();

    /** Table 2-A: the 0/1 plan sits where letter index + AQL column = 14 (A at 6.5, Q at 0.010). */
    static final MasterTable NORMAL = new MasterTable(14,
            "0/1 ^ v 1/2 2/3 3/4 5/6 7/8 10/11 14/15 21/22 30/31 44/45", 21, CodeLetter.R, Map.of());

    /** Table 2-B: one AQL step stricter; row A has no 0/1 plan (AQL 10 points down), code letter S only at 0.025. */
    static final MasterTable TIGHTENED = new MasterTable(15,
            "0/1 v v 1/2 2/3 3/4 5/6 8/9 12/13 18/19 27/28 41/42", 18, CodeLetter.S,
            Map.of(key(CodeLetter.A, "10"), "v"));

    /**
     * Z1.4 Table II-C: reduced plans with the gap between Ac and Re (accept, then reinstate normal);
     * rows A and B (both n = 2) carry their own plans from AQL 25 and 40 upwards.
     */
    static final MasterTable REDUCED = new MasterTable(14,
            "0/1 ^ v 0/2 1/3 1/4 2/5 3/6 5/8 7/10 10/13 14/17 21/24", 10, CodeLetter.R, reducedRowsAAndB());

    private final int firstDiagonal;
    private final List<Cell> diagonal;
    private final int acceptanceCap;
    private final CodeLetter lastLetter;
    private final Map<String, Cell> exceptions;

    private MasterTable(int firstDiagonal, String diagonal, int acceptanceCap, CodeLetter lastLetter,
                        Map<String, String> exceptions) {
        this.firstDiagonal = firstDiagonal;
        this.diagonal = List.of(diagonal.split(" ")).stream().map(Cell::parse).toList();
        this.acceptanceCap = acceptanceCap;
        this.lastLetter = lastLetter;
        this.exceptions = exceptions.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Cell.parse(e.getValue())));
    }

    static MasterTable of(Severity severity) {
        return switch (severity) {
            case NORMAL -> NORMAL;
            case TIGHTENED -> TIGHTENED;
            case REDUCED -> REDUCED;
        };
    }

    CodeLetter lastLetter() {
        return lastLetter;
    }

    /** The cell as printed in the table, before any arrow is followed. */
    Cell cell(CodeLetter letter, int column) {
        Cell exception = exceptions.get(letter.name() + "@" + column);
        if (exception != null) {
            return exception;
        }
        if (letter.ordinal() > lastLetter.ordinal()) {
            return Cell.NONE;
        }
        if (letter == CodeLetter.S && column != 2) {
            return Cell.NONE;
        }
        int step = letter.ordinal() + column - firstDiagonal;
        if (step < 0) {
            return Cell.DOWN;
        }
        if (step >= diagonal.size()) {
            return Cell.UP;
        }
        Cell cell = diagonal.get(step);
        boolean capped = letter.ordinal() >= CAPPED_FROM && cell.kind() == Cell.Kind.PLAN && cell.acceptance() > acceptanceCap;
        return capped ? Cell.UP : cell;
    }

    private static String key(CodeLetter letter, String aql) {
        return letter.name() + "@" + Aql.of(aql).column();
    }

    private static Map<String, String> reducedRowsAAndB() {
        String[] aqls = {"25", "40", "65", "100", "150", "250", "400", "650", "1000"};
        String[] rowA = {"1/2", "2/3", "3/4", "5/6", "7/8", "10/11", "14/15", "21/22", "30/31"};
        String[] rowB = {"1/3", "2/4", "3/5", "5/6", "7/8", "10/11", "14/15", "21/22", "30/31"};
        Map<String, String> cells = new java.util.HashMap<>();
        for (int i = 0; i < aqls.length; i++) {
            cells.put(key(CodeLetter.A, aqls[i]), rowA[i]);
            cells.put(key(CodeLetter.B, aqls[i]), rowB[i]);
        }
        return Map.copyOf(cells);
    }
}
