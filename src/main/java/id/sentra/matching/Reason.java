package id.sentra.matching;

import java.util.List;

/** One line of a candidate's explanation, as a message key and its arguments, and whether it counts for or against. */
public record Reason(String messageKey, List<Object> arguments, boolean passed) {

    static Reason pass(String key, Object... arguments) {
        return new Reason(key, List.of(arguments), true);
    }

    static Reason fail(String key, Object... arguments) {
        return new Reason(key, List.of(arguments), false);
    }
}
