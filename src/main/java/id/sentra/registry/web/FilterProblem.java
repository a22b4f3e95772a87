package id.sentra.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * A member-list filter whose value did not convert, as typed into an address by hand ({@code ?minCapacityKg=abc}): the
 * list shows it, with the value and what it must be, and searches with the other filters, instead of a bare 400.
 *
 * @param labelKey the message key of the filter's label on the page, or null for a parameter the form has no field for
 */
record FilterProblem(String parameter, @Nullable String labelKey, String value, String message) {

    /** The keys of the filters' labels in members/list.html, so that the problem names a filter as the form does. */
    private static final Map<String, String> LABELS = Map.of(
            "q", "members.search", "process", "member.processes", "material", "member.materials",
            "equipment", "member.equipment", "minCapacityKg", "members.minCapacity", "kabupaten", "address.kabupaten",
            "certification", "members.validCertification", "status", "members.status");

    static List<FilterProblem> of(BindingResult binding, MessageSource messages, Locale locale) {
        return binding.getFieldErrors().stream()
                .map(e -> new FilterProblem(e.getField(), LABELS.get(e.getField()), String.valueOf(e.getRejectedValue()),
                        messages.getMessage(e, locale)))
                .toList();
    }
}
