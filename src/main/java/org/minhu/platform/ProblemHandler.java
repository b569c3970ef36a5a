package org.minhu.platform;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into a status and a stable {@code code}, never raw exception text: the API
 * answers problem+json, a console request goes to the console's error page (see {@link Problems}).
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ProblemTexts texts;

    ProblemHandler(ProblemTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(MinhuException.class)
    ResponseEntity<Object> minhu(MinhuException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.getMessage());
        e.details().forEach(problem::setProperty);
        return answer(problem);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ResponseEntity<Object> lostRace(RuntimeException e) {
        return answer(Problems.of(HttpStatus.CONFLICT, "CONCURRENT_UPDATE",
                "Someone else changed this at the same moment; reload and try again"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        return answer(Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "Your role may not do this"));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, ConstraintViolationException.class})
    ResponseEntity<Object> badParameter(Exception e) {
        return answer(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
                "A request parameter has an invalid value"));
    }

    /** The firewall refuses a request lazily, e.g. when a controller reads a header with control characters. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e) {
        return answer(Problems.of(HttpStatus.BAD_REQUEST, "REQUEST_REJECTED",
                "The request has a header, parameter or path the server does not accept"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (QueryTimeout.causedBy(e)) {
            log.warn("A request's query ran out of time: {}", e.getClass().getSimpleName());
            HttpHeaders retry = new HttpHeaders();
            retry.set(HttpHeaders.RETRY_AFTER, String.valueOf(QueryTimeout.RETRY_AFTER_SECONDS));
            ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, QueryTimeout.CODE,
                    "The database took too long to answer; try again in a few seconds, or narrow the search");
            problem.setProperty("retryAfterSeconds", QueryTimeout.RETRY_AFTER_SECONDS);
            return answer(problem, retry);
        }
        log.error("Unexpected failure", e);
        return answer(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "Something went wrong on our side; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyGuard.BodyTooLarge) {
                return answer(Problems.of(HttpStatus.CONTENT_TOO_LARGE, RequestBodyGuard.CODE,
                        "The request body is too large"));
            }
            if (cause instanceof RequestBodyGuard.NotUtf8) {
                return answer(Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_BODY",
                        "The request body is not well-formed UTF-8"));
            }
        }
        return answer(Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_BODY",
                "The request body is not valid JSON of the expected shape"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request has invalid fields");
        problem.setProperty("errors", errors);
        return answer(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request has invalid values"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Spring's own MVC failures (405, 406, 415, missing parameter …) keep their status, gain a code.
        String code = HttpStatus.resolve(status.value()) == null ? "HTTP_" + status.value()
                : HttpStatus.valueOf(status.value()).name();
        ProblemDetail problem = Problems.of(status, code, Problems.reason(status));
        return answer(problem);
    }

    private ResponseEntity<Object> answer(ProblemDetail problem) {
        return answer(problem, new HttpHeaders());
    }

    private ResponseEntity<Object> answer(ProblemDetail problem, HttpHeaders headers) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet)) {
            return ResponseEntity.status(problem.getStatus()).headers(headers)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        texts.localize(problem, texts.language(servlet.getRequest()));
        if (servlet.getResponse() != null && !Problems.isApi(servlet.getRequest())) {
            headers.forEach((name, values) -> values.forEach(v -> servlet.getResponse().addHeader(name, v)));
            try {
                Problems.toErrorPage(servlet.getRequest(), servlet.getResponse(), problem.getStatus(),
                        String.valueOf(problem.getProperties() == null ? null : problem.getProperties().get("code")),
                        problem.getDetail());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null; // the container shows the error page
        }
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
