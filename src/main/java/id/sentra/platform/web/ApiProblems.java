package id.sentra.platform.web;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import id.sentra.platform.InvalidInputException;
import id.sentra.platform.RecordNotFoundException;
import id.sentra.platform.StaleRecordException;

/** Turns business exceptions of the REST API into RFC 9457 problem details with localized messages. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(0)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException e) {
        return invalid(e.problems().stream()
                .map(p -> Map.of("field", p.field(),
                        "message", messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(),
                                LocaleContextHolder.getLocale())))
                .toList());
    }

    /**
     * A query or form parameter that does not convert (a number that is not one, an unknown choice): each named with
     * the value sent and what it must be, instead of Spring's bare "Invalid request content".
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(),
                        "value", String.valueOf(f.getRejectedValue()),
                        "message", messages.getMessage(f, LocaleContextHolder.getLocale())))
                .toList()));
    }

    /** 400 with each field at fault in {@code errors}. */
    private ProblemDetail invalid(List<Map<String, String>> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("problem.invalid"));
        problem.setTitle(text("problem.invalid.title"));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail stale(StaleRecordException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text("problem.stale"));
        problem.setTitle(text("problem.stale.title"));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(RecordNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("problem.forbidden"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
