package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import org.minhu.platform.MinhuException;
import org.minhu.platform.ProblemTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Console failures: a refused action goes back to the ticket with the reason shown; a page that
 * cannot be shown renders the error page with the code. Raw exception text never reaches a user.
 */
@ControllerAdvice(assignableTypes = {TicketPages.class, TicketActions.class, DashboardPage.class})
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    private final ProblemTexts texts;

    ConsoleErrors(ProblemTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(MinhuException.class)
    ModelAndView refused(MinhuException e, HttpServletRequest request) {
        String said = texts.detail(texts.language(request), e.status().value(), e.code(), e.getMessage(), e.details());
        return refusal(request, e.status(), e.code(), said);
    }

    /** A path or form value of the wrong kind: /tickets/abc, status=FOO, from=notadate, workingDays=abc. */
    @ExceptionHandler({org.springframework.beans.TypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.web.bind.MissingPathVariableException.class,
            org.springframework.validation.BindException.class})
    ModelAndView badValue(Exception e, HttpServletRequest request) {
        String name = e instanceof org.springframework.beans.TypeMismatchException t && t.getPropertyName() != null
                ? t.getPropertyName()
                : e instanceof org.springframework.web.bind.MissingServletRequestParameterException m ? m.getParameterName() : "";
        String english = "The value of " + (name.isEmpty() ? "a field" : "'" + name + "'") + " is not one this page takes";
        return refusal(request, org.springframework.http.HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
                texts.detail(texts.language(request), 400, "INVALID_PARAMETER", english, java.util.Map.of()));
    }

    /** A refused action goes back to its ticket with the reason; anything else shows the error page. */
    private static ModelAndView refusal(HttpServletRequest request, org.springframework.http.HttpStatus status,
                                        String code, String message) {
        String back = (String) request.getAttribute(TicketActions.BACK);
        if (back != null) {
            var flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("error", message);
            flash.put("errorCode", code);
            return new ModelAndView("redirect:" + back);
        }
        return ErrorPages.page(status, code, message);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (org.minhu.platform.QueryTimeout.causedBy(e)) {
            log.warn("A console page's query ran out of time: {}", e.getClass().getSimpleName());
            response.setHeader("Retry-After", String.valueOf(org.minhu.platform.QueryTimeout.RETRY_AFTER_SECONDS));
            return ErrorPages.page(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE, org.minhu.platform.QueryTimeout.CODE, null);
        }
        log.error("Console failure", e);
        return ErrorPages.page(org.springframework.http.HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", null);
    }
}
