package id.sentra.registry.importing;

import java.util.Comparator;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A problem found in a file before it is put into the reader's language; {@code position} is the
 * column's place in the file, so that problems are listed in the order a person reads the row.
 */
record Finding(int row, int position, String column, MessageSourceResolvable reason) {

    static final Comparator<Finding> IN_READING_ORDER =
            Comparator.comparingInt(Finding::row).thenComparingInt(Finding::position);

    static Finding of(int row, int position, String column, String messageKey, Object... arguments) {
        return new Finding(row, position, column, message(messageKey, arguments));
    }

    static Finding wholeFile(String messageKey, Object... arguments) {
        return of(0, -1, "", messageKey, arguments);
    }

    static MessageSourceResolvable message(String messageKey, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {messageKey}, arguments);
    }
}
