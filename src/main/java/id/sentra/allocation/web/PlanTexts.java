package id.sentra.allocation.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import id.sentra.allocation.planning.Because;
import id.sentra.platform.web.Formats;

/** A plan's reasons in the reader's language, with numbers formatted the reader's way. */
@Component("planTexts")
class PlanTexts {

    private final MessageSource messages;
    private final Formats formats;

    PlanTexts(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String text(Because because) {
        Object[] arguments = because.arguments().stream()
                .map(a -> a instanceof Number n ? formats.number(n) : a).toArray();
        return messages.getMessage(because.messageKey(), arguments, because.messageKey(), LocaleContextHolder.getLocale());
    }
}
