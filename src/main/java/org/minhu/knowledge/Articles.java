package org.minhu.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Units;
import org.minhu.platform.MinhuException;
import org.minhu.ticket.ArticleCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base's API: writing articles (a new version per edit), reading them, searching
 * them for a request (pinned emergency articles first), their owners' review queue, and the
 * check a ticket's answer from an article goes through.
 */
@Service
public class Articles implements ArticleCheck {

    private final ArticleRepository repository;
    private final ArticleIndex index;
    private final KnowledgeEditors editors;
    private final Effectiveness effectiveness;
    private final Topics topics;
    private final Units units;
    private final org.minhu.dispatch.Categories categories;
    private final Clock clock;
    private final ZoneId zone;

    Articles(ArticleRepository repository, ArticleIndex index, KnowledgeEditors editors, Effectiveness effectiveness,
             Topics topics, Units units, org.minhu.dispatch.Categories categories, Clock clock, ZoneId cityZone) {
        this.repository = repository;
        this.index = index;
        this.editors = editors;
        this.effectiveness = effectiveness;
        this.topics = topics;
        this.units = units;
        this.categories = categories;
        this.clock = clock;
        this.zone = cityZone;
    }

    @Transactional
    public ArticleView create(ArticleDraft draft, Actor actor) {
        editors.requireEditor(actor);
        ArticleDraft dated = checked(draft.checked(today()));
        long id = repository.insert(dated, actor.username(), clock.instant());
        index.invalidate();
        return ArticleView.of(repository.find(id).orElseThrow(), today());
    }

    /** A new version of article {@code id}, written on version {@code basedOn} (409 {@code ARTICLE_CHANGED} if it moved). */
    @Transactional
    public ArticleView revise(long id, int basedOn, ArticleDraft draft, Actor actor) {
        editors.requireEditor(actor);
        Article a = repository.lock(id).orElseThrow(() -> MinhuException.notFound("article", id));
        ArticleVersion next = a.revise(checked(draft.checked(today())), basedOn, actor.username(), clock.instant());
        long versionId = repository.insertVersion(next);
        a.current = new ArticleVersion(versionId, next.articleId(), next.version(), next.title(), next.body(),
                next.categoryCodes(), next.keywords(), next.synonyms(), next.unitCodes(), next.validFrom(), next.validTo(),
                next.createdAt(), next.createdBy());
        repository.update(a);
        index.invalidate();
        return ArticleView.of(a, today());
    }

    /** The owner (or an editor) read it again: the next review is due {@code next}. */
    @Transactional
    public ArticleView review(long id, LocalDate next, Actor actor) {
        Article a = repository.lock(id).orElseThrow(() -> MinhuException.notFound("article", id));
        boolean owner = actor.is(Role.HANDLER) && a.ownerUnitCode.equals(actor.unitCode());
        if (!owner && !editors.mayEdit(actor)) {
            throw MinhuException.forbidden("Article " + id + " is reviewed by its owner unit or an editor");
        }
        a.review(next, actor.username(), clock.instant(), today());
        repository.update(a);
        index.invalidate();
        return ArticleView.of(a, today());
    }

    public ArticleView get(long id, Actor actor) {
        return ArticleView.of(repository.find(id).orElseThrow(() -> MinhuException.notFound("article", id)), today());
    }

    public List<ArticleView> versions(long id, Actor actor) {
        Article a = repository.find(id).orElseThrow(() -> MinhuException.notFound("article", id));
        LocalDate today = today();
        return repository.versions(id).stream().map(v -> {
            Article at = new Article(a.id, a.ownerUnitCode, a.reviewBy, v);
            return ArticleView.of(at, today);
        }).toList();
    }

    /** Every article with its current version (offered or not), for the editors' list and the export. */
    public List<ArticleView> all(Actor actor) {
        LocalDate today = today();
        return repository.all().stream().map(a -> ArticleView.of(a, today)).toList();
    }

    /**
     * The articles for a request's words, best first, at most {@code max} besides the pinned ones:
     * only those offered today; for the centre, the open emergency topics' articles first.
     */
    public List<ArticleHit> search(String text, Actor actor, int max) {
        if (max < 1 || max > 50) {
            throw MinhuException.invalid("INVALID_PARAMETER", "size is between 1 and 50");
        }
        LocalDate today = today();
        List<ArticleHit> out = new ArrayList<>();
        Set<Long> pinned = new HashSet<>();
        if (actor.is(Role.OPERATOR) || actor.is(Role.ADMIN)) {
            for (Topics.Pin pin : topics.pins()) {
                repository.find(pin.articleId()).filter(a -> a.current.offeredOn(today)).ifPresent(a -> {
                    if (pinned.add(a.id)) {
                        out.add(new ArticleHit(a.id, a.current.id(), a.current.title(), null, 0, true, pin.tag()));
                    }
                });
            }
        }
        if (text != null && !text.isBlank()) {
            for (ArticleIndex.Hit h : index.search(text.strip(), today, max + pinned.size())) {
                if (!pinned.contains(h.articleId()) && out.size() - pinned.size() < max) {
                    out.add(new ArticleHit(h.articleId(), h.versionId(), h.title(), h.snippet(), h.score(), false, null));
                }
            }
        }
        return out;
    }

    /** The version a ticket is answered from must exist and its article be offered on the day. */
    @Override
    public void requireOffered(long articleVersion, Instant at) {
        ArticleVersion v = repository.version(articleVersion).orElseThrow(() -> MinhuException.invalid(
                "ARTICLE_NOT_OFFERED", "no-article-version", "No article version " + articleVersion,
                Map.of("articleVersion", articleVersion)));
        if (!v.offeredOn(at.atZone(zone).toLocalDate())) {
            throw MinhuException.invalid("ARTICLE_NOT_OFFERED", "article-not-valid", "Article " + v.articleId()
                    + " (version " + v.version() + ") is not in force on that day", Map.of("articleVersion", articleVersion));
        }
    }

    /** The answer text of a version: its body as plain text. */
    public String answerText(long articleVersion) {
        return repository.version(articleVersion).map(ArticleVersion::text)
                .orElseThrow(() -> MinhuException.notFound("article_version", articleVersion));
    }

    /** Every signed-in reader may see how the answers went: owners act on it, supervisors watch it. */
    public List<ArticleEffect> effectiveness(Long articleId, Actor actor) {
        return effectiveness.of(articleId);
    }

    /**
     * What owners must look at: articles past their review day or whose answers keep failing; a
     * handler sees its unit's, editors every one. Failing ones first, then by review day.
     */
    public List<ReviewItem> reviewQueue(Actor actor) {
        boolean editor = editors.mayEdit(actor);
        if (!editor && !actor.is(Role.HANDLER)) {
            throw MinhuException.forbidden("The review queue is for owner units and editors");
        }
        LocalDate today = today();
        Map<Long, ArticleEffect> effects = new java.util.HashMap<>();
        effectiveness.of(null).forEach(e -> effects.put(e.id(), e));
        List<ReviewItem> items = new ArrayList<>();
        for (Article a : repository.all()) {
            if (!editor && !a.ownerUnitCode.equals(actor.unitCode())) {
                continue;
            }
            ArticleEffect e = effects.get(a.id);
            boolean due = !a.reviewBy.isAfter(today);
            boolean failing = e != null && e.failing();
            if (due || failing) {
                items.add(new ReviewItem(ArticleView.of(a, today), due, failing, e));
            }
        }
        items.sort(java.util.Comparator.comparing((ReviewItem i) -> !i.failing())
                .thenComparing(i -> i.article().reviewBy()));
        return items;
    }

    private ArticleDraft checked(ArticleDraft d) {
        if (units.find(d.ownerUnitCode()).isEmpty()) {
            throw MinhuException.invalid("UNKNOWN_UNIT", "no-unit", "No unit " + d.ownerUnitCode(), Map.of("field", "ownerUnitCode"));
        }
        for (String u : d.unitCodes()) {
            if (units.find(u).isEmpty()) {
                throw MinhuException.invalid("UNKNOWN_UNIT", "no-unit", "No unit " + u, Map.of("field", "unitCodes"));
            }
        }
        for (String c : d.categoryCodes()) {
            if (categories.find(c).isEmpty()) {
                throw MinhuException.invalid("INVALID_CATEGORY", "no-category", "No category " + c, Map.of("category", c));
            }
        }
        return d;
    }

    /** Whether the actor writes articles: an administrator, or an operator with the editor right. */
    public boolean mayEdit(Actor actor) {
        return editors.mayEdit(actor);
    }

    /** The operators with the editor right (administrators have it anyway). */
    public List<String> editors() {
        return editors.all();
    }

    /** An administrator grants an operator the editor right. */
    public void grantEditor(String username, Actor admin) {
        editors.grant(username, admin);
    }

    /** An administrator takes the editor right back. */
    public void revokeEditor(String username, Actor admin) {
        editors.revoke(username, admin);
    }

    /** Every article's current version as an Excel workbook. */
    public void export(Actor actor, java.io.OutputStream out) {
        ArticleWorkbook.write(all(actor), out);
    }

    /**
     * Imports articles from an Excel workbook, all or none: a row with an id revises that article,
     * one without adds one; any bad row refuses the file with every problem listed (400
     * {@code INVALID_IMPORT}). Answers how many articles were added and revised.
     */
    @Transactional
    public int[] importWorkbook(byte[] xlsx, Actor actor) {
        editors.requireEditor(actor);
        List<org.minhu.platform.TableFile.Problem> problems = new ArrayList<>();
        var lines = org.minhu.platform.TableFile.workbook(xlsx, ArticleWorkbook.DAY).orElse(null);
        if (lines == null) {
            throw invalidImport(List.of(new org.minhu.platform.TableFile.Problem(0, "not an Excel workbook (.xlsx)")));
        }
        List<ArticleWorkbook.Row> rows = ArticleWorkbook.read(lines, problems);
        List<ArticleWorkbook.Row> checked = new ArrayList<>();
        for (ArticleWorkbook.Row row : rows) {
            try {
                checked.add(new ArticleWorkbook.Row(row.line(), row.id(), row.basedOn(), checked(row.draft().checked(today()))));
                if (row.id() != null && repository.find(row.id()).isEmpty()) {
                    problems.add(new org.minhu.platform.TableFile.Problem(row.line(), "no article " + row.id()));
                }
            } catch (MinhuException e) {
                problems.add(new org.minhu.platform.TableFile.Problem(row.line(), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw invalidImport(problems);
        }
        int[] counts = new int[2];
        for (ArticleWorkbook.Row row : checked) {
            if (row.id() != null && unchanged(repository.find(row.id()).orElseThrow(), row.draft())) {
                continue; // exported and imported again as it was: no new version
            }
            if (row.id() == null) {
                repository.insert(row.draft(), actor.username(), clock.instant());
                counts[0]++;
            } else {
                revise(row.id(), row.basedOn(), row.draft(), actor);
                counts[1]++;
            }
        }
        index.invalidate();
        return counts;
    }

    private static boolean unchanged(Article a, ArticleDraft d) {
        ArticleVersion v = a.current;
        return v.title().equals(d.title()) && v.body().equals(ArticleBody.clean(d.body()))
                && v.categoryCodes().equals(d.categoryCodes()) && v.keywords().equals(d.keywords())
                && v.synonyms().equals(d.synonyms()) && v.unitCodes().equals(d.unitCodes())
                && a.ownerUnitCode.equals(d.ownerUnitCode()) && a.reviewBy.equals(d.reviewBy())
                && v.validFrom().equals(d.validFrom()) && java.util.Objects.equals(v.validTo(), d.validTo());
    }

    private static MinhuException invalidImport(List<org.minhu.platform.TableFile.Problem> problems) {
        return new MinhuException(org.springframework.http.HttpStatus.BAD_REQUEST, "INVALID_IMPORT", "The file has "
                + problems.size() + " bad rows; nothing was imported", Map.of("problems", problems, "count", problems.size()));
    }

    LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }
}
