package id.sentra.matching;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.sentra.platform.web.Formats;

/**
 * Turns a reason into a sentence of the reader's language, with enum labels and numbers in it. A sentence once written
 * is kept for the same reason and locales: a ranking page writes some 250 of them, most of them written before
 * (bench/scale-ranking.md), and the message bundles do not change while the application runs.
 */
@Component("reasons")
public class ReasonTexts {

    /** Past this many kept sentences all are dropped (reasons carry members' figures: many but not unbounded kinds). */
    static final int KEPT = 50_000;

    private final MessageSource messages;
    private final Formats formats;
    private final Map<Written, String> written = new ConcurrentHashMap<>();

    ReasonTexts(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String text(Reason reason) {
        return text(reason, LocaleContextHolder.getLocale());
    }

    public String text(Reason reason, Locale locale) {
        // Numbers are formatted in the request's locale (Formats), which may differ from the one asked for.
        var key = new Written(reason, locale, LocaleContextHolder.getLocale());
        var text = written.get(key);
        if (text == null) {
            text = write(reason, locale);
            if (written.size() >= KEPT) {
                written.clear();
            }
            written.put(key, text);
        }
        return text;
    }

    private String write(Reason reason, Locale locale) {
        Object[] arguments = reason.arguments().stream().map(argument -> argument instanceof String key && key.startsWith("enum.")
                ? messages.getMessage(key, null, key, locale)
                : argument instanceof Number number ? formats.number(number) : argument).toArray();
        return messages.getMessage(reason.messageKey(), arguments, reason.messageKey(), locale);
    }

    /** A reason as written for a reader's locale, its numbers in the request's locale. */
    private record Written(Reason reason, Locale locale, Locale numbers) {
    }
}
