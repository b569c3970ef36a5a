package org.minhu.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a problem says, in its reader's language ({@link ReaderLanguage}). An English reader gets
 * the specific message the failure was raised with; any other reader the code's sentence from the
 * messages ({@code error.code.<CODE>.<reason>} when the problem names its reason, else
 * {@code error.code.<CODE>}), its {@code {name}} places filled from the problem's
 * properties, under the status's title ({@code error.status.<status>}). The one writer of
 * problem+json outside Spring MVC.
 */
@Component
public class ProblemTexts {

    private static final Pattern PLACE = Pattern.compile("\\{(\\w+)}");

    private final MessageSource messages;
    private final LocaleResolver languages;
    private final JsonMapper json;

    ProblemTexts(MessageSource messages, LocaleResolver languages, JsonMapper json) {
        this.messages = messages;
        this.languages = languages;
        this.json = json;
    }

    /** The request's reader's language. */
    public Locale language(HttpServletRequest request) {
        return languages.resolveLocale(request);
    }

    /** The message for a reader: the specific English one, or the code's sentence in the reader's language. */
    public String detail(Locale locale, int status, String code, String english, Map<String, ?> properties) {
        if (ReaderLanguage.isEnglish(locale) && english != null) {
            return english;
        }
        Object reason = properties.get("reason");
        String said = reason == null ? null : messages.getMessage("error.code." + code + "." + reason, null, null, locale);
        if (said == null) {
            said = messages.getMessage("error.code." + code, null, null, locale);
        }
        return fill(said != null ? said : title(locale, status), properties, locale);
    }

    /** The status's name for a reader. */
    public String title(Locale locale, int status) {
        String title = messages.getMessage("error.status." + status, null, null, locale);
        return title != null ? title : Problems.reason(org.springframework.http.HttpStatusCode.valueOf(status));
    }

    /** The same problem, told in the reader's language. */
    public ProblemDetail localize(ProblemDetail problem, Locale locale) {
        Map<String, Object> properties = problem.getProperties() == null ? Map.of() : problem.getProperties();
        problem.setDetail(detail(locale, problem.getStatus(), String.valueOf(properties.get("code")),
                problem.getDetail(), properties));
        problem.setTitle(title(locale, problem.getStatus()));
        return problem;
    }

    /** Writes a problem straight to a servlet response, for filters that run before Spring MVC. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        localize(problem, language(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** Fills the sentence's places; a field is named as the reader's language names it ({@code field.<name>}). */
    private String fill(String sentence, Map<String, ?> properties, Locale locale) {
        Matcher place = PLACE.matcher(sentence);
        StringBuilder filled = new StringBuilder();
        while (place.find()) {
            Object value = properties.get(place.group(1));
            String text = value == null ? "" : String.valueOf(value);
            if (place.group(1).equals("field") && value != null) {
                text = messages.getMessage("field." + text, null, text, locale);
            }
            place.appendReplacement(filled, Matcher.quoteReplacement(text));
        }
        return place.appendTail(filled).toString();
    }
}
