package org.minhu.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An article as its readers see it: its current version ({@code version}, stored as
 * {@code versionId}, the id a ticket answered from it links), its owner and review day, and
 * whether it is {@code offered} today (within its validity).
 */
public record ArticleView(long id, int version, long versionId, String title, String body, List<String> categoryCodes,
                          List<String> keywords, List<String> synonyms, List<String> unitCodes, String ownerUnitCode,
                          LocalDate reviewBy, LocalDate validFrom, LocalDate validTo, boolean offered,
                          Instant updatedAt, String updatedBy, Instant reviewedAt) {

    static ArticleView of(Article a, LocalDate today) {
        ArticleVersion v = a.current;
        return new ArticleView(a.id, v.version(), v.id(), v.title(), v.body(), v.categoryCodes(), v.keywords(),
                v.synonyms(), v.unitCodes(), a.ownerUnitCode, a.reviewBy, v.validFrom(), v.validTo(), v.offeredOn(today),
                v.createdAt(), v.createdBy(), a.reviewedAt);
    }
}
