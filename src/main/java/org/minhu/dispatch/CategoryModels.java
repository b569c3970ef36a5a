package org.minhu.dispatch;

import com.github.benmanes.caffeine.cache.LoadingCache;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.platform.Caches;
import org.minhu.platform.MinhuException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The category classifier's versions (V25 {@code category_model}): training one from the tickets'
 * own history ({@link CategoryTraining}), keeping it only when its cross-validated macro-F1 is not
 * worse than the current one's, and the current model as every node uses it (reloaded within
 * {@link #RELOAD} of a new version).
 */
@Service
public class CategoryModels {

    static final Duration RELOAD = Duration.ofSeconds(60);
    private static final long LOCK = 0x6D696E6875_636C73L; // "minhu" "cls"
    private static final String CURRENT = "current";

    /** The model in use with its version. */
    record Loaded(int version, CategoryClassifier classifier) {
    }

    private final JdbcClient jdbc;
    private final CategoryTraining training;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LoadingCache<String, Optional<Loaded>> loaded;
    private volatile Optional<Loaded> last = Optional.empty();

    CategoryModels(JdbcClient jdbc, CategoryTraining training, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.training = training;
        this.transaction = transaction;
        this.clock = clock;
        this.loaded = Caches.on(clock).refreshAfterWrite(RELOAD).build(Caches.keeping("the category model", key -> load()));
    }

    /** The current model, if one was ever accepted (this node's copy, at most {@link #RELOAD} old). */
    Optional<Loaded> current() {
        return loaded.get(CURRENT);
    }

    /** Every version, the newest first. */
    public List<CategoryModel> versions() {
        return jdbc.sql("""
                SELECT m.*, u.suggested, u.categorised, u.kept
                FROM category_model m
                LEFT JOIN (SELECT s.model_version, count(*) AS suggested, count(e.ticket_id) AS categorised,
                                  count(*) FILTER (WHERE s.category_code IN (c.code, c.parent_code, p.parent_code)) AS kept
                           FROM ticket_suggestion s
                           LEFT JOIN classifier_example e ON e.ticket_id = s.ticket_id
                           LEFT JOIN category c ON c.code = e.category_code
                           LEFT JOIN category p ON p.code = c.parent_code
                           GROUP BY s.model_version) u ON u.model_version = m.version
                ORDER BY m.version DESC""").query(CategoryModels::model).list();
    }

    /**
     * Trains a model on the history and keeps it when not worse (ADMIN, or the schedule as
     * {@code system}); one training at a time on all nodes, another caller gets 409 MODEL_TRAINING.
     */
    public CategoryModel train(Actor actor) {
        if (actor != null && !actor.is(Role.ADMIN)) {
            throw MinhuException.forbidden("Administrators train the category model");
        }
        return train(actor == null ? "system" : actor.username(), null);
    }

    /**
     * Trains, as {@code system}, on the tickets registered before {@code before} only: the demo
     * suggests for its current month with a model that has not seen that month.
     */
    public CategoryModel trainAsSystem(Instant before) {
        return train("system", before);
    }

    private CategoryModel train(String by, Instant upTo) {
        CategoryModel model = transaction.execute(status -> {
            if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
                throw new MinhuException(HttpStatus.CONFLICT, "MODEL_TRAINING", "A model is being trained right now");
            }
            var trained = training.train(upTo);
            BigDecimal before = jdbc.sql("SELECT macro_f1 FROM category_model WHERE current").query(BigDecimal.class)
                    .optional().orElse(null);
            BigDecimal f1 = round(trained.macroF1());
            boolean accepted = before == null || f1.compareTo(before) >= 0;
            if (accepted) {
                jdbc.sql("UPDATE category_model SET current = false WHERE current").update();
            }
            int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM category_model").query(Integer.class).single();
            jdbc.sql("""
                    INSERT INTO category_model (version, trained_at, trained_by, examples, categories, macro_f1, accuracy,
                                                replaced_macro_f1, accepted, current, model, unsure_below, unsure_share,
                                                confident_accuracy)
                    VALUES (:v, :at, :by, :n, :k, :f1, :acc, :before, :accepted, :accepted, :model, :below, :share, :right)""")
                    .param("v", version).param("at", Timestamp.from(clock.instant())).param("by", by)
                    .param("n", trained.examples()).param("k", trained.classifier().categories().size())
                    .param("f1", f1).param("acc", round(trained.accuracy()))
                    .param("before", before).param("accepted", accepted)
                    .param("model", accepted ? trained.classifier().toBytes() : null)
                    .param("below", trained.unsure().below()).param("share", round(trained.unsure().unsureShare()))
                    .param("right", round(trained.unsure().confidentAccuracy())).update();
            return versions().stream().filter(m -> m.version() == version).findFirst().orElseThrow();
        });
        loaded.invalidateAll(); // this node uses a new model at once, the others within RELOAD
        return model;
    }

    /** The current version, read again only when it changed since the last load. */
    private Optional<Loaded> load() {
        Optional<Integer> version = jdbc.sql("SELECT version FROM category_model WHERE current").query(Integer.class).optional();
        if (version.isEmpty() || last.map(l -> l.version() == version.get()).orElse(false)) {
            return version.isEmpty() ? Optional.empty() : last;
        }
        last = jdbc.sql("SELECT model FROM category_model WHERE version = :v").param("v", version.get())
                .query((rs, n) -> new Loaded(version.get(), CategoryClassifier.fromBytes(rs.getBytes("model")))).optional();
        return last;
    }

    private static CategoryModel model(ResultSet rs, int n) throws SQLException {
        return new CategoryModel(rs.getInt("version"), rs.getTimestamp("trained_at").toInstant(), rs.getString("trained_by"),
                rs.getInt("examples"), rs.getInt("categories"), rs.getBigDecimal("macro_f1"), rs.getBigDecimal("accuracy"),
                rs.getBigDecimal("replaced_macro_f1"), rs.getBoolean("accepted"), rs.getBoolean("current"),
                rs.getBigDecimal("unsure_below"), rs.getBigDecimal("unsure_share"), rs.getBigDecimal("confident_accuracy"),
                new CategoryModel.Use(rs.getInt("suggested"), rs.getInt("categorised"), rs.getInt("kept")));
    }

    private static BigDecimal round(double figure) {
        return BigDecimal.valueOf(figure).setScale(4, RoundingMode.HALF_UP);
    }
}
