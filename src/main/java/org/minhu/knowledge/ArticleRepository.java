package org.minhu.knowledge;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The articles and their versions in {@code article} and {@code article_version}. */
@Component
class ArticleRepository {

    private static final String VERSION_COLUMNS = "v.id AS version_id, v.article_id, v.version, v.title, v.body, v.category_codes,"
            + " v.keywords, v.synonyms, v.unit_codes, v.valid_from, v.valid_to, v.created_at, v.created_by";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new article with its first version; answers its id. */
    long insert(ArticleDraft draft, String by, Instant now) {
        long id = jdbc.sql("""
                INSERT INTO article (owner_unit_code, review_by, current_version, created_at, created_by)
                VALUES (:owner, :reviewBy, 1, :now, :by) RETURNING id""")
                .param("owner", draft.ownerUnitCode()).param("reviewBy", draft.reviewBy())
                .param("now", ts(now)).param("by", by).query(Long.class).single();
        insertVersion(new ArticleVersion(0, id, 1, draft.title(), ArticleBody.clean(draft.body()), draft.categoryCodes(),
                draft.keywords(), draft.synonyms(), draft.unitCodes(), draft.validFrom(), draft.validTo(), now, by));
        return id;
    }

    long insertVersion(ArticleVersion v) {
        return jdbc.sql("""
                INSERT INTO article_version (article_id, version, title, body, category_codes, keywords, synonyms,
                    unit_codes, valid_from, valid_to, created_at, created_by)
                VALUES (:article, :version, :title, :body, :categories, :keywords, :synonyms, :units, :from, :to, :at, :by)
                RETURNING id""")
                .param("article", v.articleId()).param("version", v.version()).param("title", v.title())
                .param("body", v.body()).param("categories", v.categoryCodes().toArray(String[]::new))
                .param("keywords", v.keywords().toArray(String[]::new)).param("synonyms", v.synonyms().toArray(String[]::new))
                .param("units", v.unitCodes().toArray(String[]::new)).param("from", v.validFrom())
                .param("to", v.validTo()).param("at", ts(v.createdAt())).param("by", v.createdBy())
                .query(Long.class).single();
    }

    /** Stores the article's own columns; its version moves only from the one the editor saw. */
    void update(Article a) {
        jdbc.sql("""
                UPDATE article SET owner_unit_code = :owner, review_by = :reviewBy, current_version = :version,
                    reviewed_at = :reviewedAt, reviewed_by = :reviewedBy WHERE id = :id""")
                .param("owner", a.ownerUnitCode).param("reviewBy", a.reviewBy).param("version", a.current.version())
                .param("reviewedAt", a.reviewedAt == null ? null : ts(a.reviewedAt)).param("reviewedBy", a.reviewedBy)
                .param("id", a.id).update();
    }

    /** The article, locked for an edit or a review. */
    Optional<Article> lock(long id) {
        return jdbc.sql("SELECT id FROM article WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional()
                .flatMap(this::find);
    }

    Optional<Article> find(long id) {
        return jdbc.sql("SELECT a.id, a.owner_unit_code, a.review_by, a.reviewed_at, a.reviewed_by, " + VERSION_COLUMNS
                        + " FROM article a JOIN article_version v ON v.article_id = a.id AND v.version = a.current_version"
                        + " WHERE a.id = :id")
                .param("id", id).query(ArticleRepository::article).optional();
    }

    /** Every article with its current version, in id order. */
    List<Article> all() {
        return jdbc.sql("SELECT a.id, a.owner_unit_code, a.review_by, a.reviewed_at, a.reviewed_by, " + VERSION_COLUMNS
                        + " FROM article a JOIN article_version v ON v.article_id = a.id AND v.version = a.current_version"
                        + " ORDER BY a.id")
                .query(ArticleRepository::article).list();
    }

    Optional<ArticleVersion> version(long versionId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM article_version v WHERE v.id = :id").param("id", versionId)
                .query((rs, n) -> version(rs)).optional();
    }

    List<ArticleVersion> versions(long articleId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM article_version v WHERE v.article_id = :id ORDER BY v.version DESC")
                .param("id", articleId).query((rs, n) -> version(rs)).list();
    }

    /** Changes whenever an article is written or reviewed anywhere: nodes compare it to know their index is stale. */
    String stamp() {
        return jdbc.sql("SELECT (SELECT count(*) || '/' || coalesce(max(id), 0) FROM article_version) || '/'"
                + " || (SELECT coalesce(max(reviewed_at)::text, '') FROM article)").query(String.class).single();
    }

    private static Article article(ResultSet rs, int n) throws SQLException {
        Article a = new Article(rs.getLong("id"), rs.getString("owner_unit_code"), rs.getObject("review_by", LocalDate.class),
                version(rs));
        OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
        a.reviewedAt = reviewed == null ? null : reviewed.toInstant();
        a.reviewedBy = rs.getString("reviewed_by");
        return a;
    }

    private static ArticleVersion version(ResultSet rs) throws SQLException {
        return new ArticleVersion(rs.getLong("version_id"), rs.getLong("article_id"),
                rs.getInt("version"), rs.getString("title"), rs.getString("body"), strings(rs.getArray("category_codes")),
                strings(rs.getArray("keywords")), strings(rs.getArray("synonyms")), strings(rs.getArray("unit_codes")),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static OffsetDateTime ts(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
