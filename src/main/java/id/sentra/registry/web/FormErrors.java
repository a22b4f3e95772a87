package id.sentra.registry.web;

import org.springframework.validation.BindingResult;

import id.sentra.platform.InvalidInputException;

/** Puts each broken business rule next to the form field it is about. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult binding, InvalidInputException e) {
        for (var problem : e.problems()) {
            binding.rejectValue(problem.field(), problem.messageKey(), problem.arguments().toArray(), problem.messageKey());
        }
    }
}
