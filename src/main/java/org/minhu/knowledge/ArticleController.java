package org.minhu.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.minhu.directory.Actors;
import org.minhu.platform.MinhuException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/articles}: the knowledge base. Writing takes an administrator or an operator with
 * the editor right; a revision names the version it was written on ({@code basedOn}).
 */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleController {

    /** The longest text an article search takes: a whole request as the operator typed it. */
    static final int MAX_SEARCH = 2000;

    private final Articles articles;
    private final KnowledgeEditors editors;

    ArticleController(Articles articles, KnowledgeEditors editors) {
        this.articles = articles;
        this.editors = editors;
    }

    @PostMapping
    ResponseEntity<ArticleView> create(@RequestBody ArticleDraft draft) {
        ArticleView created = articles.create(draft, Actors.current());
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/articles/" + created.id()).body(created);
    }

    @GetMapping
    List<ArticleView> all() {
        return articles.all(Actors.current());
    }

    @GetMapping("/{id}")
    ArticleView get(@PathVariable long id) {
        return articles.get(id, Actors.current());
    }

    @GetMapping("/{id}/versions")
    List<ArticleView> versions(@PathVariable long id) {
        return articles.versions(id, Actors.current());
    }

    @PutMapping("/{id}")
    ArticleView revise(@PathVariable long id, @RequestParam int basedOn, @RequestBody ArticleDraft draft) {
        return articles.revise(id, basedOn, draft, Actors.current());
    }

    record Review(LocalDate nextReview) {
    }

    @PostMapping("/{id}/review")
    ArticleView review(@PathVariable long id, @RequestBody Review body) {
        if (body == null || body.nextReview() == null) {
            throw MinhuException.invalid("VALIDATION_FAILED", "required", "nextReview is required", Map.of("field", "nextReview"));
        }
        return articles.review(id, body.nextReview(), Actors.current());
    }

    /** {@code {content: [{id, versionId, title, snippet, score, pinned, topic}]}}: offered articles only, pinned first. */
    @GetMapping("/search")
    Map<String, List<ArticleHit>> search(@RequestParam(required = false) String q,
                                         @RequestParam(defaultValue = "5") int size) {
        org.minhu.platform.SearchText.check(q, MAX_SEARCH);
        return Map.of("content", articles.search(q, Actors.current(), size));
    }

    /** Every article's current version as Excel (the columns an import takes back). */
    @GetMapping("/export.xlsx")
    void export(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var actor = Actors.current();
        response.setContentType(ArticleWorkbook.TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"articles.xlsx\"");
        articles.export(actor, response.getOutputStream());
    }

    /** {@code {added, revised}}: rows with an id revise, rows without add; any bad row refuses the whole file. */
    @PostMapping(value = "/import", consumes = ArticleWorkbook.TYPE)
    Map<String, Integer> importWorkbook(@RequestBody byte[] xlsx) {
        int[] counts = articles.importWorkbook(xlsx, Actors.current());
        return Map.of("added", counts[0], "revised", counts[1]);
    }

    @GetMapping("/effectiveness")
    List<ArticleEffect> effectiveness(@RequestParam(required = false) Long article) {
        return articles.effectiveness(article, Actors.current());
    }

    @GetMapping("/review-queue")
    List<ReviewItem> reviewQueue() {
        return articles.reviewQueue(Actors.current());
    }

    @GetMapping("/editors")
    List<String> editors() {
        return editors.all();
    }

    @PutMapping("/editors/{username}")
    ResponseEntity<Void> grant(@PathVariable String username) {
        editors.grant(username, Actors.current());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/editors/{username}")
    ResponseEntity<Void> revoke(@PathVariable String username) {
        editors.revoke(username, Actors.current());
        return ResponseEntity.noContent().build();
    }
}
