package org.minhu.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.minhu.platform.ProblemTexts;
import org.minhu.platform.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the container sends every failure that no controller answered itself (an unknown page, a
 * refused parameter, a failure outside any controller): the console's error page, or problem+json
 * when the failed request was one of the API's. The status and code come from the request
 * ({@link Problems#CODE_ATTRIBUTE}); never a stack trace or the container's own page.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemTexts texts;

    ErrorPages(ProblemTexts texts) {
        this.texts = texts;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Object code = request.getAttribute(Problems.CODE_ATTRIBUTE);
        String theCode = code != null && !"null".equals(code) ? code.toString() : status.name();
        Object message = request.getAttribute(Problems.MESSAGE_ATTRIBUTE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && Problems.isApiPath(uri.toString().substring(Math.min(uri.toString().length(),
                request.getContextPath().length())))) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(texts.localize(Problems.of(status, theCode, message != null ? message.toString()
                            : status.getReasonPhrase()), texts.language(request)));
        }
        return page(status, theCode, message);
    }

    /** The console's error page: status, stable code, and what to tell the reader (or null). */
    static ModelAndView page(HttpStatus status, String code, Object message) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("code", code);
        page.addObject("message", message);
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
