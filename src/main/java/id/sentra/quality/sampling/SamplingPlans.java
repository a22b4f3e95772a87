package id.sentra.quality.sampling;

import id.sentra.quality.sampling.MasterTable.Cell;

/**
 * Finds the ISO 2859-1 single sampling plan for a lot: Table 1 gives the code letter, the master
 * table of the severity gives n, Ac and Re, following arrows to the first plan below or above.
 */
public final class SamplingPlans {

    private SamplingPlans() {
    }

    public static CodeLetter codeLetter(int lotSize, InspectionLevel level) {
        return SampleSizeCodeLetters.of(lotSize, level);
    }

    public static SamplingPlan plan(int lotSize, InspectionLevel level, Aql aql, Severity severity) {
        return plan(codeLetter(lotSize, level), aql, severity, lotSize);
    }

    /** The plan for a code letter already chosen, for a lot of {@code lotSize} items. */
    static SamplingPlan plan(CodeLetter indexed, Aql aql, Severity severity, int lotSize) {
        MasterTable table = MasterTable.of(severity);
        CodeLetter used = resolve(table, indexed, aql.column());
        Cell cell = table.cell(used, aql.column());
        int n = used.sampleSize(severity);
        int tighter = aql.hasTighter()
                ? table.cell(resolve(table, indexed, aql.column() - 1), aql.column() - 1).acceptance() : -1;
        boolean full = n >= lotSize;
        return new SamplingPlan(severity, aql, indexed, used, full ? lotSize : n,
                cell.acceptance(), cell.rejection(), full, tighter);
    }

    /**
     * The code letter whose plan applies: the letter itself, or the first plan below (↓) or above (↑)
     * in the same column. An arrow that runs off the table (↑ in row A, ↓ in the last row) has no plan
     * that way; the nearest plan the other way is used, as the published tables resolve those cells.
     */
    static CodeLetter resolve(MasterTable table, CodeLetter letter, int column) {
        Cell cell = table.cell(letter, column);
        if (cell.kind() == Cell.Kind.PLAN) {
            return letter;
        }
        int first = cell.kind() == Cell.Kind.UP ? -1 : 1;
        for (int direction : new int[] {first, -first}) {
            for (int i = letter.ordinal() + direction; i >= 0 && i <= table.lastLetter().ordinal(); i += direction) {
                CodeLetter candidate = CodeLetter.values()[i];
                if (table.cell(candidate, column).kind() == Cell.Kind.PLAN) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no plan in column " + column + " of the " + letter + " table");
    }
}
