package id.sentra.demand.api;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import id.sentra.demand.ContractStateException;

/** An action the contract's status refuses answers 409 Conflict, naming the action and the status. */
@RestControllerAdvice(assignableTypes = ContractApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContractProblems {

    private final MessageSource messages;

    ContractProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail refused(ContractStateException e) {
        var locale = LocaleContextHolder.getLocale();
        String action = messages.getMessage(e.action().messageKey(), null, e.action().name(), locale);
        String status = messages.getMessage(e.status().messageKey(), null, e.status().name(), locale);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("contract.refused", new Object[] {action, status}, locale));
        problem.setTitle(messages.getMessage("api.refused.title", null, "Refused", locale));
        problem.setProperty("contractStatus", e.status());
        problem.setProperty("action", e.action());
        return problem;
    }
}
