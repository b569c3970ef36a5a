package org.minhu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a sign-in that no longer stands ({@link SignedInUsers}): the session is invalidated and the
 * request refused, 401 {@code SIGN_IN_EXPIRED} for the API, the sign-in page for the console.
 */
final class StaleSignIn extends OncePerRequestFilter {

    private final SignedInUsers users;
    private final ProblemTexts problems;

    StaleSignIn(SignedInUsers users, ProblemTexts problems) {
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || users.isCurrent(signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (Problems.isApi(request)) {
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "SIGN_IN_EXPIRED",
                    "This sign-in no longer stands (the user was disabled or changed): sign in again"));
        } else {
            response.sendRedirect(request.getContextPath() + "/login?expired");
        }
    }
}
