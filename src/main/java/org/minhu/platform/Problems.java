package org.minhu.platform;

import java.io.IOException;
import java.net.URI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds the problem+json answers; the one place that knows their shape. Outside {@code /api} a
 * failure is not answered in JSON: its status, code and message are left in the request
 * ({@link #CODE_ATTRIBUTE}, {@link #MESSAGE_ATTRIBUTE}) and the container's error dispatch shows
 * the console's error page.
 */
public final class Problems {

    /** Request attribute: the failure's stable code, for the console's error page. */
    public static final String CODE_ATTRIBUTE = "minhu.error.code";
    /** Request attribute: the failure's message for people, for the console's error page. */
    public static final String MESSAGE_ATTRIBUTE = "minhu.error.message";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(reason(status));
        problem.setType(URI.create("https://minhu.org/problems/" + code.toLowerCase().replace('_', '-')));
        problem.setProperty("code", code);
        return problem;
    }

    static ResponseEntity<Object> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Whether the request is one of the API's, answered in problem+json. */
    public static boolean isApi(HttpServletRequest request) {
        return isApiPath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** Whether a path (without the context path) is the API's. */
    public static boolean isApiPath(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Hands a console request's failure to the error page: status, code and message in the request. */
    public static void toErrorPage(HttpServletRequest request, HttpServletResponse response, int status, String code,
                                   String message) throws IOException {
        request.setAttribute(CODE_ATTRIBUTE, code);
        request.setAttribute(MESSAGE_ATTRIBUTE, message);
        response.sendError(status);
    }

    static String reason(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
