package id.sentra.matching;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.sentra.platform.web.Formats;

/** Turns a reason into a sentence of the reader's language, with enum labels and numbers in it. */
@Component("reasons")
public class ReasonTexts {

    private final MessageSource messages;
    private final Formats formats;

    ReasonTexts(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String text(Reason reason) {
        return text(reason, LocaleContextHolder.getLocale());
    }

    public String text(Reason reason, Locale locale) {
        Object[] arguments = reason.arguments().stream().map(argument -> argument instanceof String key && key.startsWith("enum.")
                ? messages.getMessage(key, null, key, locale)
                : argument instanceof Number number ? formats.number(number) : argument).toArray();
        return messages.getMessage(reason.messageKey(), arguments, reason.messageKey(), locale);
    }
}
