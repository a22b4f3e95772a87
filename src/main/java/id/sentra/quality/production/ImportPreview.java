package id.sentra.quality.production;

import java.util.List;

/** What an import would do: the analyses it would store, and every problem that would stop it. */
public record ImportPreview(List<AnalysisRow> rows, List<ImportProblem> problems) {

    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
