package id.sentra.quality.production;

import java.util.List;

/** One thing wrong in a spectrometer file, at a line (1 is the header) and a column, as a message key. */
public record ImportProblem(int line, String column, String messageKey, List<Object> arguments) {

    static ImportProblem of(int line, String column, String messageKey, Object... arguments) {
        return new ImportProblem(line, column, messageKey, List.of(arguments));
    }
}
