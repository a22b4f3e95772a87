package id.sentra.demand.web;

import org.springframework.validation.BindingResult;

import id.sentra.platform.InvalidInputException;
import id.sentra.platform.web.FormErrors;

/**
 * The rules name a line's schedule {@code lines[i].schedule}; the form asks for it as a quantity
 * per month, so the problem shows there.
 */
final class DemandFormErrors {

    private DemandFormErrors() {
    }

    static void reject(BindingResult binding, InvalidInputException e) {
        FormErrors.reject(binding, e, field -> field.endsWith(".schedule") ? field.replace(".schedule", ".quantityPerMonth") : field);
    }
}
