package org.minhu.platform;

import java.time.Clock;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may call what: the API takes HTTP Basic (or the console's session, then with a CSRF token),
 * the console a form login. Role and unit checks on data happen in the modules themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No observation (trace and timer) around each of the ~15 security filters of every request: it
     * cost more CPU than the ticket intake itself. Requests are still timed as {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** A request the firewall refuses before any controller runs is a 400 problem, not a 500. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemTexts problems) {
        return (request, response, e) -> problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST,
                "REQUEST_REJECTED", "The request has a header, parameter or path the server does not accept"));
    }

    /** The console's pages: scripts, styles and forms of its own only, never inline scripts, never framed. */
    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The container's own error answers (requests it cannot hand to the application) in our shape. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport() {
        return factory -> factory.addContextCustomizers(context ->
                ((StandardHost) context.getParent()).setErrorReportValveClass(org.minhu.platform.container.ContainerErrorReport.class.getName()));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SignInThrottle signInThrottle(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, MinhuSettings settings) {
        MinhuSettings.SignIn s = settings.signIn();
        return new SignInThrottle(jdbc, transaction, clock,
                new SignInPolicy(s.userFailures(), s.window(), s.firstBlock(), s.longestBlock()),
                new SignInPolicy(s.addressFailures(), s.window(), s.firstBlock(), s.longestBlock()));
    }

    @Bean
    AuthenticationManager authenticationManager(ObjectProvider<UserDetailsService> users, PasswordEncoder encoder,
                                                Clock clock, SignInThrottle throttle,
                                                ObjectProvider<SignedInUsers> signedIn) {
        // the directory keeps the users; without it (the platform booted alone) nobody signs in
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users.getIfAvailable(() -> username -> {
            throw new org.springframework.security.core.userdetails.UsernameNotFoundException("no directory");
        }));
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new VerifiedCredentials(dao, clock, throttle, current(signedIn)));
    }

    private static SignedInUsers current(ObjectProvider<SignedInUsers> signedIn) {
        return authentication -> {
            SignedInUsers users = signedIn.getIfAvailable();
            return users == null || users.isCurrent(authentication);
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, ObjectProvider<SignedInUsers> signedIn,
                            ProblemTexts problems) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            if (e instanceof SignInThrottled throttled) {
                response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                var problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, SignInThrottled.CODE,
                        "Too many failed sign-ins for this user name or from this address: try again in "
                                + throttled.retryAfterSeconds() + " seconds");
                problem.setProperty("retryAfterSeconds", throttled.retryAfterSeconds());
                problems.write(request, response, problem);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Minhu\"");
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
                    "Sign in first: HTTP Basic or a session"));
        };
        AccessDeniedHandler denied = (request, response, e) -> {
            if (e instanceof CsrfException) {
                problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "CSRF_REJECTED",
                        "A session's change needs its CSRF token (header X-CSRF-TOKEN); or sign in with HTTP Basic"));
            } else {
                problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "Your role may not do this"));
            }
        };
        // the API, and what machines read beside it: metrics and the API's description, signed in alike
        return http.securityMatcher("/api/**", "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**")
                .authenticationManager(manager)
                .addFilterBefore(new StaleSignIn(current(signedIn), problems), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                // Basic callers carry their credentials in every request, and a wrong one ends in 401 before any
                // change: CSRF only matters for the session, whatever other Authorization header comes along.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(request ->
                        !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())
                                && !isBasic(request.getHeader("Authorization"))))
                .headers(headers -> headers.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }

    private static boolean isBasic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, AuthenticationManager manager, ObjectProvider<SignedInUsers> signedIn,
                                ProblemTexts problems) throws Exception {
        return http
                .authenticationManager(manager)
                .addFilterBefore(new StaleSignIn(current(signedIn), problems), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
                        .requestMatchers("/open311/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof SignInThrottled t ? "/login?throttled=" + t.retryAfterSeconds() : "/login?error"))))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                request -> !request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui"),
                                new StaticHeadersWriter("Content-Security-Policy", CONSOLE_POLICY))))
                .build();
    }
}
