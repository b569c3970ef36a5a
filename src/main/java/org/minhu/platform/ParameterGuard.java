package org.minhu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, query and form parameters that no person types: bytes that
 * are not UTF-8, control characters (NUL among them, which PostgreSQL cannot store) and halves of
 * surrogate pairs. A 400 {@code INVALID_PARAMETER}: problem+json for the API, the error page for
 * the console.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class ParameterGuard extends OncePerRequestFilter {

    static final String CODE = "INVALID_PARAMETER";

    private final ProblemTexts problems;

    ParameterGuard(ProblemTexts problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String refused;
        try {
            refused = refused(request.getParameterMap());
        } catch (IllegalStateException undecodable) { // the container could not decode a parameter's bytes
            refused = "a parameter that is not UTF-8";
        }
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        String message = "The request has " + refused + "; parameters are text without control characters";
        if (Problems.isApi(request)) {
            problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, CODE, message));
        } else {
            Problems.toErrorPage(request, response, HttpStatus.BAD_REQUEST.value(), CODE,
                    problems.detail(problems.language(request), HttpStatus.BAD_REQUEST.value(), CODE, message, Map.of()));
        }
    }

    private static String refused(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!isText(parameter.getKey())) {
                return "a parameter name that is not text";
            }
            for (String value : parameter.getValue()) {
                if (!isText(value)) {
                    return "a value of '" + printable(parameter.getKey()) + "' that is not text";
                }
            }
        }
        return null;
    }

    /** {@link CleanText} text, and no U+FFFD, which stands where the container met bytes that are not UTF-8. */
    static boolean isText(String value) {
        return CleanText.Validator.isClean(value) && value.indexOf('\uFFFD') < 0;
    }

    private static String printable(String name) {
        String clean = name.replaceAll("[^\\p{L}\\p{N}_.-]", "?");
        return clean.length() <= 40 ? clean : clean.substring(0, 40);
    }
}
