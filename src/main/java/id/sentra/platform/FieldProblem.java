package id.sentra.platform;

import java.util.List;

/** One thing wrong with one field of an input, as a message-bundle key and its arguments. */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
