package id.sentra.registry.importing;

import java.util.List;

/** What an import did: saved every row of the file, or saved nothing and says why. */
public record ImportResult(int saved, List<RowProblem> problems) {

    public ImportResult {
        problems = List.copyOf(problems);
    }

    static ImportResult saved(int count) {
        return new ImportResult(count, List.of());
    }

    static ImportResult rejected(List<RowProblem> problems) {
        return new ImportResult(0, problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
