package org.minhu.knowledge;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.minhu.platform.MinhuException;

/**
 * An article as its editor writes it: {@code POST /api/v1/articles} and each revision. The body is
 * rich text (HTML), cleaned to a safe list of tags when stored; lists are trimmed and deduplicated;
 * {@code reviewBy} defaults to a year after {@code validFrom}, which defaults to the day it is
 * written; {@code validTo} is the last day it holds (none: until replaced).
 */
public record ArticleDraft(String title, String body, List<String> categoryCodes, List<String> keywords,
                           List<String> synonyms, List<String> unitCodes, String ownerUnitCode, LocalDate reviewBy,
                           LocalDate validFrom, LocalDate validTo) {

    /**
     * The draft checked (400 {@code VALIDATION_FAILED} naming the field), trimmed, and its dates
     * filled in for {@code today}.
     */
    ArticleDraft checked(LocalDate today) {
        LocalDate from = validFrom == null ? today : validFrom;
        if (validTo != null && validTo.isBefore(from)) {
            throw MinhuException.invalid("VALIDATION_FAILED", "valid-to-before-from",
                    "validTo is the last day the article holds: not before validFrom", Map.of("field", "validTo"));
        }
        return new ArticleDraft(text(title, "title", 200), text(body, "body", 50_000), words(categoryCodes, "categoryCodes"),
                words(keywords, "keywords"), words(synonyms, "synonyms"), words(unitCodes, "unitCodes"),
                text(ownerUnitCode, "ownerUnitCode", 32), reviewBy == null ? from.plusYears(1) : reviewBy, from, validTo);
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw MinhuException.invalid("VALIDATION_FAILED", "required", field + " is required", Map.of("field", field));
        }
        String v = value.strip();
        if (v.length() > max) {
            throw MinhuException.invalid("VALIDATION_FAILED", "too-long", field + " takes at most " + max + " characters",
                    Map.of("field", field, "maxLength", max));
        }
        return v;
    }

    private static List<String> words(List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(text(v, field, 100));
            }
        }
        if (out.size() > 100) {
            throw MinhuException.invalid("VALIDATION_FAILED", "too-many", field + " holds at most 100 entries",
                    Map.of("field", field));
        }
        return List.copyOf(out);
    }
}
