package id.sentra.allocation.planning;

import java.util.List;

/** One reason in a plan's explanation, as a message key with its arguments, for the reader's language. */
public record Because(String messageKey, List<Object> arguments) {

    static Because of(String key, Object... arguments) {
        return new Because(key, List.of(arguments));
    }
}
