package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.directory.NewUser;
import org.minhu.directory.Role;
import org.minhu.directory.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Input no person types, through the real server: every answer a 4xx, problem+json under
 * {@code /api}, the console's own error page elsewhere; never a 500 or the container's own page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputTest {

    private static final String PASSWORD = "bad-input-password";

    @LocalServerPort
    int port;
    @Autowired
    Users users;

    private final HttpClient console = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void users() {
        users.createIfAbsent(new NewUser("bad-input-op", PASSWORD, Role.OPERATOR, null, "话务员"));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> api(String pathAndQuery) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("bad-input-op:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void signIn() throws Exception {
        String login = console.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=bad-input-op&password=" + PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = console.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID") && c.contains("SameSite=Lax")
                && c.contains("HttpOnly"));
    }

    private HttpResponse<String> page(String pathAndQuery) throws Exception {
        return console.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void apiParametersThatAreNotTextAreA400Problem() throws Exception {
        for (String query : List.of("/api/v1/tickets?q=%00", "/api/v1/tickets?unit=%00", "/api/v1/tickets?q=%FF%FE",
                "/api/v1/tickets?q=%ED%A0%80", "/api/v1/units?q=%01")) {
            HttpResponse<String> answer = api(query);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(query).startsWith("application/problem+json");
            assertThat(answer.body()).as(query).contains("\"code\":\"INVALID_PARAMETER\"");
        }
        assertThat(api("/api/v1/nothing-here").body()).contains("\"code\":\"NOT_FOUND\"");
    }

    @Test
    void consoleMistakesGetTheConsolesErrorPage() throws Exception {
        signIn();
        for (String path : List.of("/tickets/abc", "/tickets?status=FOO", "/tickets?from=notadate", "/tickets?q=%00",
                "/tickets?q=%FF%FE", "/no-such-page")) {
            HttpResponse<String> answer = page(path);
            assertThat(answer.statusCode()).as(path).isBetween(400, 404);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(answer.body()).as(path).contains("出错了").contains("<code>").doesNotContain("Whitelabel")
                    .doesNotContain("Apache Tomcat");
        }
    }

    @Test
    void consoleFormsWithValuesOfTheWrongKindAreRefused() throws Exception {
        signIn();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page("/tickets").body());
        assertThat(csrf.find()).isTrue();
        String token = "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        for (String[] post : List.of(
                new String[] {"/tickets/1/do/dispatch", "unitCode=110105001000&role=FOO"},
                new String[] {"/tickets/1/do/merge", "parentId=abc"},
                new String[] {"/tickets/1/assignments/1/extend", "workingDays=abc&text=x"},
                new String[] {"/tickets/abc/do/answer", "text=x"})) {
            HttpResponse<String> answer = console.send(HttpRequest.newBuilder(URI.create(base() + post[0]))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(post[1] + token)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(post[0] + " " + post[1]).isBetween(400, 499);
            assertThat(answer.body()).as(post[0]).contains("INVALID_PARAMETER");
        }
    }

    @Test
    void requestsTheContainerCannotReadAreStillOurs() throws Exception {
        String longUrl = "/tickets?q=" + "a".repeat(60_000);
        for (byte[] requestLine : List.of(
                ("GET " + longUrl + " HTTP/1.1").getBytes(StandardCharsets.US_ASCII),
                "GET /api/v1/tickets?q=中 HTTP/1.1".getBytes(StandardCharsets.UTF_8))) {
            String answer = raw(requestLine);
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).contains("REQUEST_REJECTED").doesNotContain("Apache Tomcat");
        }
    }

    private String raw(byte[] requestLine) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(requestLine);
            out.write("\r\nHost: localhost\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
