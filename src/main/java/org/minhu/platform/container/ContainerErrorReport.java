package org.minhu.platform.container;

import org.minhu.platform.Problems;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * What the servlet container answers itself, for a request it cannot hand to the application (a
 * 60 KB address, raw bytes in the request line): problem+json under {@code /api}, elsewhere a
 * plain page in the console's style, in Chinese and English; never the container's own page with
 * its name and version. Public because Tomcat makes it by its class name.
 */
public class ContainerErrorReport extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        boolean api = isApi(request);
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            if (api) {
                response.setContentType("application/problem+json");
                write(response, "{\"type\":\"https://minhu.org/problems/request-rejected\",\"title\":\"" + reason
                        + "\",\"status\":" + status + ",\"detail\":\"The server cannot read this request\","
                        + "\"code\":\"REQUEST_REJECTED\"}");
            } else {
                response.setContentType("text/html");
                write(response, "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>民呼 · " + status
                        + "</title><link rel=\"stylesheet\" href=\"/css/minhu.css\"></head><body><main><div class=\"card\">"
                        + "<h1>请求无法处理 · The request cannot be read</h1><p><span class=\"badge late\">" + status
                        + "</span> <code>REQUEST_REJECTED</code></p><p>地址过长或含有无法识别的字符。"
                        + " The address is too long or has characters the server cannot read.</p>"
                        + "<p><a href=\"/tickets\">返回工单 · Back to the tickets</a></p></div></main></body></html>");
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response cannot take a body: nothing more to say
        }
    }

    /** By the path where the container read one; else whoever does not ask for a page gets problem+json. */
    private static boolean isApi(Request request) {
        String uri = null;
        try {
            var raw = request.getCoyoteRequest().requestURI();
            uri = raw == null || raw.isNull() ? null : raw.toString();
        } catch (RuntimeException unreadable) {
            // nothing of the request line could be read
        }
        if (uri != null && !uri.isEmpty()) {
            return Problems.isApiPath(uri);
        }
        String accept = request.getHeader("Accept");
        return accept == null || !accept.contains("text/html");
    }

    private static void write(Response response, String body) throws IOException {
        Writer writer = response.getReporter();
        if (writer != null) {
            writer.write(body);
            response.finishResponse();
        }
    }
}
