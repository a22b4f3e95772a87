package id.sentra.quality.inspection;

import org.jspecify.annotations.Nullable;

/** The written parts of a light 8D: what was found (D2), how it is contained (D3), why it happened (D4), what is changed (D5–D7). */
public record NcrTexts(@Nullable String description, @Nullable String containment, @Nullable String rootCause,
                       @Nullable String correctiveAction) {
}
