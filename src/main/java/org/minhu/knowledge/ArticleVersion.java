package org.minhu.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of an article, as it was written; never changed once stored. It is offered on the
 * days from {@code validFrom} through {@code validTo} (open when null).
 */
record ArticleVersion(long id, long articleId, int version, String title, String body, List<String> categoryCodes,
                      List<String> keywords, List<String> synonyms, List<String> unitCodes, LocalDate validFrom,
                      LocalDate validTo, Instant createdAt, String createdBy) {

    boolean offeredOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    String text() {
        return ArticleBody.text(body);
    }
}
