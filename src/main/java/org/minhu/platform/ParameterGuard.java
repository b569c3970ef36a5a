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
            Problems.write(response, HttpStatus.BAD_REQUEST, CODE, message);
        } else {
            Problems.toErrorPage(request, response, HttpStatus.BAD_REQUEST.value(), CODE, message);
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

    /** Text a person could type: no control characters but tab and line breaks, no lone surrogates, no U+FFFD. */
    static boolean isText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFFFD') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String name) {
        String clean = name.replaceAll("[^\\p{L}\\p{N}_.-]", "?");
        return clean.length() <= 40 ? clean : clean.substring(0, 40);
    }
}
