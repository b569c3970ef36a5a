package org.minhu.platform;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure a user may be told about: a stable {@link #code()} clients can rely on, an HTTP
 * status, and a message written for people. The API renders it as problem+json, the console as
 * an error page; nothing else of an exception ever reaches a user.
 */
public class MinhuException extends RuntimeException {

    private final String code;
    private final HttpStatus status;
    private final transient Map<String, Object> details;

    public MinhuException(HttpStatus status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public MinhuException(HttpStatus status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public static MinhuException notFound(String what, Object id) {
        return new MinhuException(HttpStatus.NOT_FOUND, what.toUpperCase() + "_NOT_FOUND",
                "No " + what.toLowerCase().replace('_', ' ') + " " + id);
    }

    public static MinhuException invalid(String code, String message) {
        return new MinhuException(HttpStatus.BAD_REQUEST, code, message);
    }

    /**
     * A refusal of a kind the code names more closely: {@code reason} (a property of the problem)
     * picks the sentence other languages say it with, {@code error.code.<CODE>.<reason>}, and the
     * details fill its places.
     */
    public static MinhuException invalid(String code, String reason, String message, Map<String, Object> details) {
        java.util.LinkedHashMap<String, Object> all = new java.util.LinkedHashMap<>(details);
        all.put("reason", reason);
        return new MinhuException(HttpStatus.BAD_REQUEST, code, message, all);
    }

    public static MinhuException conflict(String code, String message) {
        return new MinhuException(HttpStatus.CONFLICT, code, message);
    }

    public static MinhuException forbidden(String message) {
        return new MinhuException(HttpStatus.FORBIDDEN, "FORBIDDEN", message);
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, Object> details() {
        return details;
    }
}
