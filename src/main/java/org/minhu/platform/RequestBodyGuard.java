package org.minhu.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards API request bodies as they are read, before any parser sees them:
 * <ul>
 * <li>bodies over {@code minhu.http.max-body-size} (256 KB by default; the largest ticket is about
 * 30 KB) get 413 problem+json: at once when the declared length says so, else as soon as the body
 * read so far passes the limit. This runs before security, so nobody can make the server buffer a
 * large body;</li>
 * <li>JSON bodies in UTF-8 must be well-formed UTF-8 (RFC 3629): the JSON parser decodes overlong
 * forms ({@code C1 81} for "A", {@code C0 80} for NUL) and code points past U+10FFFF without
 * complaint, so a filter that looks at the text afterwards could be walked around. Such a body is
 * refused with 400 {@code MALFORMED_BODY}.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestBodyGuard extends OncePerRequestFilter {

    static final String CODE = "PAYLOAD_TOO_LARGE";

    private final long limit;
    private final ProblemTexts problems;

    RequestBodyGuard(MinhuSettings settings, ProblemTexts problems) {
        this.limit = settings.http().maxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response);
            return;
        }
        chain.doFilter(new Guarded(request, limit, isUtf8Json(request)), response);
    }

    private static boolean isUtf8Json(HttpServletRequest request) {
        String type = request.getContentType();
        String charset = request.getCharacterEncoding();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json")
                && (charset == null || charset.equalsIgnoreCase("UTF-8") || charset.equalsIgnoreCase("utf8"));
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        var problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, CODE, "The request body is larger than " + limit / 1024 + " KB");
        problem.setProperty("limitKb", limit / 1024);
        problems.write(request, response, problem);
    }

    /** Thrown by the body stream when its bytes are not UTF-8; the error model answers 400. */
    static final class NotUtf8 extends IOException {
        NotUtf8() {
            super("request body is not well-formed UTF-8");
        }
    }

    /** Thrown by the body stream once it passes the limit; the error model answers 413. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("request body over " + limit + " bytes");
        }
    }

    private static final class Guarded extends HttpServletRequestWrapper {

        private final long limit;
        private final boolean utf8;
        private ServletInputStream stream;

        Guarded(HttpServletRequest request, long limit, boolean utf8) {
            super(request);
            this.limit = limit;
            this.utf8 = utf8;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Checking(super.getInputStream(), limit, utf8 ? new StrictUtf8() : null);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Checking extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final StrictUtf8 utf8;
        private long read;

        Checking(ServletInputStream in, long limit, StrictUtf8 utf8) {
            this.in = in;
            this.limit = limit;
            this.utf8 = utf8;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
                if (utf8 != null) {
                    utf8.accept(b);
                }
            } else if (utf8 != null) {
                utf8.end();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
                if (utf8 != null) {
                    utf8.accept(buffer, offset, n);
                }
            } else if (n < 0 && utf8 != null) {
                utf8.end();
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
