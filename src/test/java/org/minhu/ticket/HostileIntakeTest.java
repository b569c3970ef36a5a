package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Hostile and malformed bodies for {@code POST /api/v1/tickets}, sent as an operator: a thousand of
 * them, generated from a fixed seed out of families of attacks and mistakes. Every one must be
 * refused with a 4xx problem+json that carries a {@code code}, and none may leave a row behind.
 * SQL or HTML in free text (content, subject, address) is legitimate text and is not in here.
 */
class HostileIntakeTest extends ApiTestSupport {

    private static final String PATH = "/api/v1/tickets";
    private static final long SEED = 12345L;
    private static final int CASES = 1_000;

    @Autowired
    private JdbcClient jdbc;

    /** One hostile request: a name for the report, a content type (null: none), the body's bytes, headers. */
    record Hostile(String name, String contentType, byte[] body, Map<String, String> headers) {
        Hostile(String name, byte[] body) {
            this(name, MediaType.APPLICATION_JSON_VALUE, body, Map.of());
        }

        Hostile(String name, String json) {
            this(name, json.getBytes(StandardCharsets.UTF_8));
        }
    }

    @BeforeEach
    void users() {
        ensureUsers();
    }

    @Test
    void aThousandHostileBodiesAreAllRefusedWithProblemsAndLeaveNoRows() throws Exception {
        List<Function<Random, Hostile>> families = families();
        Random random = new Random(SEED);
        Map<String, Long> before = counts();
        Map<String, Integer> byFamily = new TreeMap<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Hostile hostile = families.get(i % families.size()).apply(random);
            MockHttpServletResponse response = send(hostile);
            byFamily.merge(hostile.name().replaceAll("[:(].*", ""), 1, Integer::sum);
            byStatus.merge(response.getStatus(), 1, Integer::sum);
            String problem = whatIsWrong(response);
            if (problem != null && failures.size() < 50) {
                failures.add("#" + i + " " + hostile.name() + " → " + problem);
            }
        }
        System.out.println("Hostile intake: " + CASES + " requests; statuses " + byStatus + "; families " + byFamily);
        assertThat(failures).as("hostile bodies that were not refused with a 4xx problem+json and a code").isEmpty();
        assertThat(counts()).as("rows in ticket, ticket_event, idempotency_key").isEqualTo(before);
    }

    // ---- focused cases, one behaviour each ----

    @Test
    void theBaseBodyIsAcceptedSoTheRefusalsBelowAreAboutTheirOneFault() throws Exception {
        assertThat(send(new Hostile("valid", validJson())).getStatus()).isEqualTo(201);
    }

    @Test
    void nulCharacterInContentIsRejected() throws Exception {
        expectProblem(send(new Hostile("nul", with("content", str("油烟扰民\u0000晚上")))), 400, "VALIDATION_FAILED");
    }

    @Test
    void rawNulByteInsideJsonIsRejected() throws Exception {
        expectProblem(send(new Hostile("raw nul", with("content", "\"油烟\u0000扰民\""))), 400, "MALFORMED_BODY");
    }

    @Test
    void loneSurrogateIsRejected() throws Exception {
        expectProblem(send(new Hostile("surrogate", with("content", "\"油烟\\ud800扰民\""))), 400, "VALIDATION_FAILED");
        expectProblem(send(new Hostile("surrogate", with("requester.name", "\"\\udc00张\""))), 400, "VALIDATION_FAILED");
    }

    @Test
    void oversizedBodyGets413() throws Exception {
        String huge = "噪".repeat(700_000); // 2.1 MB of UTF-8
        expectProblem(send(new Hostile("2 MB", with("content", str(huge)))), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void contentOverFiveThousandCharactersIsRejected() throws Exception {
        expectProblem(send(new Hostile("5001", with("content", str("扰".repeat(5001))))), 400, "VALIDATION_FAILED");
        assertThat(send(new Hostile("5000", with("content", str("扰".repeat(5000))))).getStatus()).isEqualTo(201);
    }

    @Test
    void invalidUtf8IsRejected() throws Exception {
        for (byte[] bad : List.of(bytes(0xFF), bytes(0xC0, 0x80), bytes(0xC1, 0x81), bytes(0xE4, 0xB8),
                bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0x80))) {
            MockHttpServletResponse response = send(new Hostile("utf-8", spliceIntoContent(bad)));
            expectProblem(response, 400, null);
        }
    }

    @Test
    void duplicateKeysAreRejected() throws Exception {
        String json = validJson().replaceFirst("\\{", "{\"content\":\"第一个\",");
        expectProblem(send(new Hostile("dup", json)), 400, "MALFORMED_BODY");
    }

    @Test
    void deeplyNestedJsonIsRejected() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        expectProblem(send(new Hostile("deep", deep)), 400, "MALFORMED_BODY");
        expectProblem(send(new Hostile("deep field", with("extra", deep))), 400, "MALFORMED_BODY");
    }

    @Test
    void numbersAreNeitherEnumsNorTextAndTextIsNoNumber() throws Exception {
        expectProblem(send(new Hostile("enum ordinal", with("channel", "0"))), 400, "MALFORMED_BODY");
        expectProblem(send(new Hostile("number as text", with("content", "12345"))), 400, "MALFORMED_BODY");
        expectProblem(send(new Hostile("boolean as text", with("subject", "true"))), 400, "MALFORMED_BODY");
        expectProblem(send(new Hostile("NaN string", with("location.lat", "\"NaN\""))), 400, null);
        expectProblem(send(new Hostile("text as number", with("location.lat", "\"39.9\""))), 400, "MALFORMED_BODY");
        expectProblem(send(new Hostile("padded enum", with("channel", "\"PHONE\\u0000\""))), 400, "MALFORMED_BODY");
        expectProblem(send(new Hostile("padded enum", with("channel", "\" PHONE\""))), 400, "MALFORMED_BODY");
        expectProblem(send(new Hostile("1e400", with("location.lat", "1e400"))), 400, "VALIDATION_FAILED");
    }

    @Test
    void trailingDataAfterTheDocumentIsRejected() throws Exception {
        expectProblem(send(new Hostile("two docs", validJson() + validJson())), 400, "MALFORMED_BODY");
    }

    @Test
    void blankContentInAnyScriptIsRejected() throws Exception {
        for (String blank : List.of("\u3000\u3000", "\u00a0", "\u200b\u200b", " \t\r\n ")) {
            expectProblem(send(new Hostile("blank", with("content", str(blank)))), 400, "VALIDATION_FAILED");
        }
    }

    @Test
    void sqlAndHtmlInFreeTextAreJustText() throws Exception {
        String text = "'; DROP TABLE ticket; -- <script>alert(1)</script> 楼下油烟";
        MockHttpServletResponse response = send(new Hostile("free text", with("content", str(text))));
        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode created = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(created.get("content").asString()).isEqualTo(text);
    }

    @Test
    void controlCharacterInAHeaderIsA400Problem() throws Exception {
        expectProblem(send(new Hostile("key", MediaType.APPLICATION_JSON_VALUE, validJson().getBytes(StandardCharsets.UTF_8),
                Map.of("Idempotency-Key", "key\u007f"))), 400, "REQUEST_REJECTED");
    }

    @Test
    void wrongContentTypeGets415() throws Exception {
        expectProblem(send(new Hostile("text/plain", "text/plain", validJson().getBytes(StandardCharsets.UTF_8), Map.of())),
                415, "UNSUPPORTED_MEDIA_TYPE");
    }

    // ---- the families ----

    private List<Function<Random, Hostile>> families() {
        List<Function<Random, Hostile>> f = new ArrayList<>();
        f.add(this::wrongType);
        f.add(this::missingRequired);
        f.add(this::hugeString);
        f.add(r -> twoMegabytes(r));
        f.add(this::invalidUtf8);
        f.add(this::controlCharacter);
        f.add(this::loneSurrogate);
        f.add(this::unknownEnum);
        f.add(this::numberOutOfRange);
        f.add(this::deeplyNested);
        f.add(this::notAnObject);
        f.add(this::duplicateKey);
        f.add(r -> injected(r, SQL, "sql"));
        f.add(r -> injected(r, HTML, "html"));
        f.add(this::wrongContentType);
        f.add(this::emptyBody);
        f.add(this::truncated);
        f.add(this::notJson);
        f.add(this::blankContent);
        f.add(this::badIdempotencyKey);
        return f;
    }

    private static final String[] REQUIRED = {"channel", "type", "content"};
    private static final String[] ENUMS = {"channel", "type", "urgency"};
    private static final String[] TEXTS = {"content", "subject", "categoryCode", "requester.name", "requester.phone",
            "location.address", "location.unitCode"};
    private static final String[] CLEAN_TEXTS = {"content", "subject", "requester.name", "location.address"};
    private static final String[] CODES = {"categoryCode", "requester.phone", "location.unitCode"};
    private static final String[] NUMBERS = {"location.lat", "location.lng"};
    private static final String[] OBJECTS = {"requester", "location"};
    private static final String[] SQL = {"' OR '1'='1", "1; DROP TABLE ticket;--", "110105001000' --",
            "'); DELETE FROM ticket; --", "1 UNION SELECT password_hash FROM app_user", "%' AND 1=1 --",
            "$$; TRUNCATE ticket; $$", "\\'; COPY ticket TO '/tmp/x'; --"};
    private static final String[] HTML = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "\"><svg onload=alert(1)>", "javascript:alert(1)", "<iframe src=//evil>", "{{7*7}}<b>",
            "<a href=\"x\">PHONE</a>", "&lt;script&gt;"};

    private Hostile wrongType(Random r) {
        int kind = r.nextInt(4);
        if (kind == 0) {
            String field = pick(r, ENUMS);
            String value = pick(r, new String[] {"0", "1", "7", "-1", "true", "false", "3.5", "[]", "{}", "[\"PHONE\"]",
                    "{\"name\":\"PHONE\"}"});
            return new Hostile("wrong type: " + field + "=" + value, with(field, value));
        }
        if (kind == 1) {
            String field = pick(r, TEXTS);
            String value = pick(r, new String[] {"123", "110105001000", "12.5", "-0", "true", "false", "[]", "{}",
                    "[\"油烟\"]", "{\"text\":\"油烟\"}", "1e3"});
            return new Hostile("wrong type: " + field + "=" + value, with(field, value));
        }
        if (kind == 2) {
            String field = pick(r, NUMBERS);
            String value = pick(r, new String[] {"\"39.9\"", "\"NaN\"", "\"Infinity\"", "\"\"", "true", "[]", "{}",
                    "[39.9]", "\"三十九\""});
            return new Hostile("wrong type: " + field + "=" + value, with(field, value));
        }
        String field = pick(r, OBJECTS);
        String value = pick(r, new String[] {"\"张先生\"", "\"\"", "123", "true", "[]", "[{}]", "[1,2]", "0.5"});
        return new Hostile("wrong type: " + field + "=" + value, with(field, value));
    }

    private Hostile missingRequired(Random r) {
        int kind = r.nextInt(3);
        String field = pick(r, REQUIRED);
        if (kind == 0) {
            return new Hostile("missing: " + field, with(field, null));
        }
        if (kind == 1) {
            return new Hostile("null: " + field, with(field, "null"));
        }
        return new Hostile("missing: all required", render(Map.of("channel", NO, "type", NO, "content", NO)));
    }

    private Hostile hugeString(Random r) {
        Object[][] limits = {{"content", 5000}, {"subject", 200}, {"requester.name", 64}, {"requester.phone", 32},
                {"location.address", 500}, {"categoryCode", 32}, {"location.unitCode", 32}};
        Object[] limit = limits[r.nextInt(limits.length)];
        String field = (String) limit[0];
        int length = (Integer) limit[1] + 1 + r.nextInt(r.nextBoolean() ? 10 : 50_000);
        String unit = field.endsWith("phone") ? "8" : field.endsWith("Code") || field.endsWith("unitCode") ? "A" : "噪";
        return new Hostile("huge: " + field + " (" + length + ")", with(field, str(unit.repeat(length))));
    }

    private Hostile twoMegabytes(Random r) {
        int size = 2 * 1024 * 1024 + r.nextInt(1024);
        int kind = r.nextInt(4);
        return switch (kind) {
            case 0 -> new Hostile("2 MB: content", with("content", str("x".repeat(size))));
            case 1 -> new Hostile("2 MB: unknown field", with("padding", str("扰".repeat(size / 3))));
            case 2 -> new Hostile("2 MB: whitespace", validJson() + " ".repeat(size));
            default -> new Hostile("2 MB: array", "[" + "1,".repeat(size / 2) + "1]");
        };
    }

    private static final int[][] BAD_UTF8 = {{0xFF}, {0xFE}, {0x80}, {0xBF}, {0xC0, 0x80}, {0xC1, 0x81}, {0xC0, 0xAF},
            {0xE0, 0x80, 0x80}, {0xE0, 0x80, 0xAF}, {0xF0, 0x80, 0x80, 0x80}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF},
            {0xF4, 0x90, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80}, {0xE4, 0xB8}, {0xE4}, {0xC3}, {0xE4, 0x41, 0x41}};

    private Hostile invalidUtf8(Random r) {
        int[] seq = BAD_UTF8[r.nextInt(BAD_UTF8.length)];
        byte[] bad = new byte[seq.length];
        for (int i = 0; i < seq.length; i++) {
            bad[i] = (byte) seq[i];
        }
        String hex = java.util.HexFormat.of().formatHex(bad);
        int where = r.nextInt(3);
        if (where == 0) {
            return new Hostile("invalid utf-8: " + hex + " in content", spliceIntoContent(bad));
        }
        if (where == 1) {
            String field = pick(r, TEXTS);
            return new Hostile("invalid utf-8: " + hex + " in " + field, splice(with(field, "\"前@@后\""), bad));
        }
        return new Hostile("invalid utf-8: " + hex + " in a key", splice(validJson().replace("\"subject\"", "\"sub@@ject\""), bad));
    }

    private Hostile controlCharacter(Random r) {
        int[] controls = {0x00, 0x01, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x85, 0x9B, 0xFFFE, 0xFFFF};
        int c = controls[r.nextInt(controls.length)];
        String field = r.nextInt(3) == 0 ? pick(r, TEXTS) : pick(r, CLEAN_TEXTS);
        if (c < 0x20 && r.nextBoolean()) {
            // raw, unescaped inside the JSON string: not JSON at all
            return new Hostile("control: raw U+" + Integer.toHexString(c) + " in " + field,
                    with(field, "\"油烟" + (char) c + "扰民\""));
        }
        return new Hostile("control: U+" + Integer.toHexString(c) + " in " + field,
                with(field, "\"油烟" + String.format("\\u%04x", c) + "扰民\""));
    }

    private Hostile loneSurrogate(Random r) {
        String[] lone = {"\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\udc00\\ud800", "\\ud83d", "\\ude00x"};
        String s = pick(r, lone);
        String field = r.nextInt(3) == 0 ? pick(r, TEXTS) : pick(r, CLEAN_TEXTS);
        String value = switch (r.nextInt(3)) {
            case 0 -> "\"" + s + "\"";
            case 1 -> "\"油烟" + s + "\"";
            default -> "\"" + s + "扰民\"";
        };
        return new Hostile("lone surrogate: " + s + " in " + field, with(field, value));
    }

    private Hostile unknownEnum(Random r) {
        String field = pick(r, ENUMS);
        String value = pick(r, new String[] {"FAX", "phone", "Phone", "", " ", " PHONE", "PHONE ", "PHONE\\u0000",
                "ＰＨＯＮＥ", "电话", "COMPLAINTS", "CRITICAL", "null", "undefined", "*", "PHONE,WEB", "0"});
        return new Hostile("unknown enum: " + field + "=" + value, with(field, "\"" + value + "\""));
    }

    private Hostile numberOutOfRange(Random r) {
        String field = pick(r, NUMBERS);
        String value = pick(r, new String[] {"1e400", "-1e400", "1e308", "-1.8e308", "90.0000001", "-90.5", "181",
                "-180.0001", "NaN", "Infinity", "-Infinity", "+1", "0x10", "1" + "0".repeat(400), "9".repeat(2000),
                "0." + "1".repeat(5000), "1e", "--1", "01", ".5", "1.e3"});
        if (field.equals("location.lng") && (value.equals("90.0000001") || value.equals("-90.5"))) {
            value = "999";
        }
        return new Hostile("number: " + field + "=" + (value.length() > 20 ? value.substring(0, 20) + "…" : value),
                with(field, value));
    }

    private Hostile deeplyNested(Random r) {
        int depth = r.nextBoolean() ? 10_000 : 100 + r.nextInt(2000);
        String arrays = "[".repeat(depth) + "]".repeat(depth);
        StringBuilder objects = new StringBuilder();
        objects.append("{\"a\":".repeat(depth)).append("1").append("}".repeat(depth));
        return switch (r.nextInt(5)) {
            case 0 -> new Hostile("nested: top-level arrays " + depth, arrays);
            case 1 -> new Hostile("nested: top-level objects " + depth, objects.toString());
            case 2 -> new Hostile("nested: in content " + depth, with("content", arrays));
            case 3 -> new Hostile("nested: in unknown field " + depth, with("extra", objects.toString()));
            default -> new Hostile("nested: in location " + depth, with("location", objects.toString()));
        };
    }

    private Hostile notAnObject(Random r) {
        String v = validJson();
        String[] shapes = {"[" + v + "]", "[]", "[" + v + "," + v + "]", "\"" + v.replace("\"", "\\\"") + "\"", "123",
                "true", "null", "\"\"", "[[" + v + "]]", "{\"ticket\":" + v + "}".substring(0, 0)};
        String body = pick(r, shapes);
        return new Hostile("not an object: " + (body.length() > 20 ? body.substring(0, 20) + "…" : body), body);
    }

    private Hostile duplicateKey(Random r) {
        String v = validJson();
        String[] keys = {"content", "channel", "type", "urgency", "location", "requester"};
        String key = pick(r, keys);
        String dup = switch (key) {
            case "content" -> "\"content\":\"另一个诉求\",";
            case "channel" -> "\"channel\":\"WEB\",";
            case "type" -> "\"type\":\"HELP\",";
            case "urgency" -> "\"urgency\":\"URGENT\",";
            case "location" -> "\"location\":{\"address\":\"别处\"},";
            default -> "\"requester\":{\"name\":\"李女士\"},";
        };
        if (r.nextBoolean()) {
            return new Hostile("duplicate key: " + key, v.replaceFirst("\\{", "{" + dup));
        }
        // inside a nested object
        return new Hostile("duplicate key: nested phone", v.replace("\"phone\":", "\"phone\":\"110\",\"phone\":"));
    }

    private Hostile injected(Random r, String[] fragments, String what) {
        String fragment = pick(r, fragments);
        String field = pick(r, new String[] {"channel", "type", "urgency", "categoryCode", "requester.phone",
                "location.unitCode"});
        String value = switch (r.nextInt(3)) {
            case 0 -> fragment;
            case 1 -> (field.equals("location.unitCode") ? JIANWAI : field.equals("requester.phone") ? "13800138000"
                    : field.equals("categoryCode") ? "07.02.01" : "PHONE") + fragment;
            default -> fragment + "110105001000";
        };
        return new Hostile(what + " in " + field + ": " + value, with(field, str(value)));
    }

    private Hostile wrongContentType(Random r) {
        String type = pick(r, new String[] {"text/plain", "text/plain;charset=UTF-8", "application/xml", "text/xml",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/octet-stream",
                "text/html", "text/json", "application/javascript", "image/png", "application/json; charset=bogus",
                "garbage", "*/*", "application/json-patch", null});
        byte[] body = validJson().getBytes(StandardCharsets.UTF_8);
        if ("application/x-www-form-urlencoded".equals(type)) {
            body = "channel=PHONE&type=HELP&content=%E6%B2%B9%E7%83%9F".getBytes(StandardCharsets.UTF_8);
        }
        return new Hostile("content type: " + type, type, body, Map.of());
    }

    private Hostile emptyBody(Random r) {
        String body = pick(r, new String[] {"", " ", "\n", "\r\n\r\n", "\t", "\u3000"});
        return new Hostile("empty body: " + body.length(), body);
    }

    private Hostile truncated(Random r) {
        byte[] whole = validJson().getBytes(StandardCharsets.UTF_8);
        int cut = 1 + r.nextInt(whole.length - 1);
        byte[] part = java.util.Arrays.copyOf(whole, cut);
        return new Hostile("truncated at " + cut, part);
    }

    private Hostile notJson(Random r) {
        String v = validJson();
        String[] bodies = {v.replace("\"", "'"), v.replace("\"channel\"", "channel"), v.replace("}", ",}"),
                "/* c */" + v, v.replaceFirst("\\{", "{// c\n"), v.replace(":", "="), v + "}", v + " x",
                v.replace("\"PHONE\"", "PHONE"), "<ticket><channel>PHONE</channel></ticket>", v.replace(",", ",,"),
                "channel=PHONE&type=HELP", v.substring(0, v.length() - 1) + "]", "\uFEFF\uFEFF" + v};
        return new Hostile("not json: variant", pick(r, bodies));
    }

    private Hostile blankContent(Random r) {
        String[] blanks = {"", " ", "   ", "\u3000", "\u3000\u3000\u3000", "\u00a0", "\u2003\u2002", "\u200b",
                "\ufeff", "\t\r\n", "\u2028", "\u205f\u3000"};
        String blank = pick(r, blanks);
        return new Hostile("blank content: " + blank.codePoints().mapToObj(c -> "U+" + Integer.toHexString(c)).toList(),
                with("content", str(blank)));
    }

    private Hostile badIdempotencyKey(Random r) {
        String[] keys = {"", " ", "a b", "键", "k".repeat(129), "key\t1", "key\u007f", "ключ", "x".repeat(5000)};
        String key = pick(r, keys);
        return new Hostile("idempotency key: " + (key.length() > 10 ? key.length() + " chars" : key),
                MediaType.APPLICATION_JSON_VALUE, validJson().getBytes(StandardCharsets.UTF_8), Map.of("Idempotency-Key", key));
    }

    // ---- bodies ----

    /** Marks a field to leave out. */
    private static final String NO = "\u0000omit";

    private static Map<String, String> base() {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("channel", "\"PHONE\"");
        b.put("type", "\"COMPLAINT\"");
        b.put("content", "\"朝阳区建外街道光华路小区楼下餐馆油烟扰民，晚上十点以后还在营业，希望尽快处理。\"");
        b.put("subject", "\"油烟扰民\"");
        b.put("urgency", "\"NORMAL\"");
        b.put("categoryCode", "\"07.02.01\"");
        b.put("requester.name", "\"张先生\"");
        b.put("requester.phone", "\"13800138000\"");
        b.put("location.address", "\"北京市朝阳区建外街道光华路\"");
        b.put("location.lat", "39.914");
        b.put("location.lng", "116.461");
        b.put("location.unitCode", "\"" + JIANWAI + "\"");
        return b;
    }

    static String validJson() {
        return render(Map.of());
    }

    /** The base body with one field's raw JSON value replaced; null leaves the field out. */
    static String with(String field, String rawValue) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put(field, rawValue == null ? NO : rawValue);
        return render(change);
    }

    private static String render(Map<String, String> changes) {
        Map<String, String> fields = base();
        Map<String, String> whole = new LinkedHashMap<>(); // "requester" or "location" replaced as a whole
        changes.forEach((k, v) -> {
            if (k.equals("requester") || k.equals("location")) {
                whole.put(k, v);
            } else {
                fields.put(k, v);
            }
        });
        StringBuilder json = new StringBuilder("{");
        Map<String, StringBuilder> nested = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (v.equals(NO)) {
                return;
            }
            int dot = k.indexOf('.');
            if (dot > 0) {
                StringBuilder inner = nested.computeIfAbsent(k.substring(0, dot), x -> new StringBuilder());
                inner.append(inner.isEmpty() ? "" : ",").append('"').append(k.substring(dot + 1)).append("\":").append(v);
            } else {
                json.append(json.length() == 1 ? "" : ",").append('"').append(k).append("\":").append(v);
            }
        });
        for (String object : List.of("requester", "location")) {
            String value = whole.containsKey(object) ? whole.get(object)
                    : nested.containsKey(object) ? "{" + nested.get(object) + "}" : null;
            if (value != null && !value.equals(NO)) {
                json.append(",\"").append(object).append("\":").append(value);
            }
        }
        return json.append('}').toString();
    }

    /** A JSON string literal: quotes, backslashes, control characters and surrogates escaped. */
    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static byte[] spliceIntoContent(byte[] bad) {
        return splice(with("content", "\"油烟@@扰民\""), bad);
    }

    /** The UTF-8 of {@code json} with {@code bad} bytes where it says {@code @@}. */
    private static byte[] splice(String json, byte[] bad) {
        int at = json.indexOf("@@");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(json.substring(at + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    // ---- sending and judging ----

    private MockHttpServletResponse send(Hostile hostile) throws Exception {
        MockHttpServletRequestBuilder request = post(PATH).with(httpBasic("op", PASSWORD)).content(hostile.body());
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        hostile.headers().forEach(request::header);
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Null when the answer is a proper refusal, else what is wrong with it. */
    private String whatIsWrong(MockHttpServletResponse response) throws Exception {
        int status = response.getStatus();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        String shown = status + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        if (status < 400 || status >= 500) {
            return shown;
        }
        String type = response.getContentType();
        if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
            return "content type " + type + ": " + shown;
        }
        JsonNode problem = json.readTree(body);
        if (problem.get("code") == null || problem.get("code").asString().isBlank()) {
            return "no code: " + shown;
        }
        return null;
    }

    private void expectProblem(MockHttpServletResponse response, int status, String code) throws Exception {
        assertThat(whatIsWrong(response)).isNull();
        assertThat(response.getStatus()).isEqualTo(status);
        if (code != null) {
            assertThat(json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("code").asString())
                    .isEqualTo(code);
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("ticket", "ticket_event", "idempotency_key")) {
            counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }
}
