package id.sentra.registry.importing;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The import bundles alone, as the application reads them, to turn a finding into the text a person sees. */
final class Messages {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private static final ResourceBundleMessageSource SOURCE = source();

    private Messages() {
    }

    static ResourceBundleMessageSource source() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages-import");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static String text(MessageSourceResolvable reason) {
        return SOURCE.getMessage(reason, INDONESIAN);
    }
}
