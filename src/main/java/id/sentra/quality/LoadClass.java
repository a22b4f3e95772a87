package id.sentra.quality;

import java.util.Locale;

/** A load class of EN 124 for manhole covers and gully tops: the test load a cover must carry, and where it goes. */
public record LoadClass(String code, int testLoadKn, String installationId, String installationEn, String source) {

    public String installation(Locale locale) {
        return "en".equals(locale.getLanguage()) ? installationEn : installationId;
    }
}
