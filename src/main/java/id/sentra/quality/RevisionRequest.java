package id.sentra.quality;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A new revision as a person enters it: from when it holds, why it changes, and what it says. */
public record RevisionRequest(@Nullable LocalDate effectiveFrom, String reason, RevisionContent content) {
}
