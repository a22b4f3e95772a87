package id.sentra.quality.production;

import java.util.List;

/** A spectrometer file with at least one bad row: nothing of it is saved, and every problem is reported. */
public class ImportRefusedException extends RuntimeException {

    private final List<ImportProblem> problems;

    ImportRefusedException(List<ImportProblem> problems) {
        super("Spectrometer file refused: " + problems.size() + " problem(s), first " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
