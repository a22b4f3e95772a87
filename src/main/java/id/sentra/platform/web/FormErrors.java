package id.sentra.platform.web;

import java.util.function.UnaryOperator;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

import id.sentra.platform.InvalidInputException;

/**
 * Puts each broken business rule next to the form field it is about; a rule about no field of the
 * form shows at the top of it.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult binding, InvalidInputException e) {
        reject(binding, e, UnaryOperator.identity());
    }

    /** With {@code formField} mapping a rule's field name to the form's, where the two differ. */
    public static void reject(BindingResult binding, InvalidInputException e, UnaryOperator<String> formField) {
        for (var problem : e.problems()) {
            String field = formField.apply(problem.field());
            Object[] arguments = problem.arguments().toArray();
            if (binding.getTarget() != null
                    && PropertyAccessorFactory.forBeanPropertyAccess(binding.getTarget()).isReadableProperty(field)) {
                binding.rejectValue(field, problem.messageKey(), arguments, problem.messageKey());
            } else {
                binding.reject(problem.messageKey(), arguments, problem.messageKey());
            }
        }
    }
}
