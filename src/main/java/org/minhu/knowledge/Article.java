package org.minhu.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import org.minhu.platform.MinhuException;

/**
 * A knowledge article: its owner unit, the day by which the owner must review it, and its current
 * version. An edit is a new version ({@link #revise}); a review moves the review day on.
 */
final class Article {

    final long id;
    String ownerUnitCode;
    LocalDate reviewBy;
    ArticleVersion current;
    Instant reviewedAt;
    String reviewedBy;

    Article(long id, String ownerUnitCode, LocalDate reviewBy, ArticleVersion current) {
        this.id = id;
        this.ownerUnitCode = ownerUnitCode;
        this.reviewBy = reviewBy;
        this.current = current;
    }

    /**
     * Makes {@code draft} the next version, if the editor worked on the current one
     * ({@code basedOn}); a lost race is a 409 {@code ARTICLE_CHANGED}.
     */
    ArticleVersion revise(ArticleDraft draft, int basedOn, String by, Instant now) {
        if (basedOn != current.version()) {
            throw MinhuException.conflict("ARTICLE_CHANGED", "Article " + id + " is at version " + current.version()
                    + " now, not " + basedOn + ": reload it and edit again");
        }
        ownerUnitCode = draft.ownerUnitCode();
        reviewBy = draft.reviewBy();
        return new ArticleVersion(0, id, current.version() + 1, draft.title(), ArticleBody.clean(draft.body()),
                draft.categoryCodes(), draft.keywords(), draft.synonyms(), draft.unitCodes(), draft.validFrom(),
                draft.validTo(), now, by);
    }

    /** The owner read it again and it still holds: the next review is due {@code next}. */
    void review(LocalDate next, String by, Instant now, LocalDate today) {
        if (!next.isAfter(today)) {
            throw MinhuException.invalid("VALIDATION_FAILED", "The next review is a day after today");
        }
        reviewBy = next;
        reviewedAt = now;
        reviewedBy = by;
    }
}
