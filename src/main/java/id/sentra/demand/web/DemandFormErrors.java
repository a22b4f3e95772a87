package id.sentra.demand.web;

import org.springframework.validation.BindingResult;

import id.sentra.platform.InvalidInputException;

/**
 * Puts each broken rule next to its form field. The rules name a line's schedule {@code lines[i].schedule};
 * the form asks for it as a quantity per month, so the problem shows there. A rule about no single field
 * shows at the top of the form.
 */
final class DemandFormErrors {

    private DemandFormErrors() {
    }

    static void reject(BindingResult binding, InvalidInputException e) {
        for (var problem : e.problems()) {
            String field = problem.field().endsWith(".schedule")
                    ? problem.field().replace(".schedule", ".quantityPerMonth") : problem.field();
            Object[] arguments = problem.arguments().toArray();
            if (binding.getTarget() != null && org.springframework.beans.PropertyAccessorFactory
                    .forBeanPropertyAccess(binding.getTarget()).isReadableProperty(field)) {
                binding.rejectValue(field, problem.messageKey(), arguments, problem.messageKey());
            } else {
                binding.reject(problem.messageKey(), arguments, problem.messageKey());
            }
        }
    }
}
