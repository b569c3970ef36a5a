package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.directory.Role;
import org.minhu.knowledge.ArticleView;
import org.minhu.knowledge.Articles;
import org.minhu.platform.MinhuException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 政策知识库 in the console: the articles (searched as operators search them), one article with its
 * versions and how its answers went, the editors' form, the owners' review queue, and Excel out and in.
 */
@Controller
class KnowledgePages {

    private final Articles articles;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;

    KnowledgePages(Articles articles, java.time.Clock clock, java.time.ZoneId cityZone) {
        this.articles = articles;
        this.clock = clock;
        this.zone = cityZone;
    }

    @GetMapping("/articles")
    String list(@RequestParam(required = false) String q, Model model) {
        Actor actor = Actors.current();
        if (q != null && !q.isBlank()) {
            model.addAttribute("hits", articles.search(q.length() > 2000 ? q.substring(0, 2000) : q, actor, 50));
        } else {
            model.addAttribute("all", articles.all(actor));
        }
        model.addAttribute("q", q);
        model.addAttribute("editor", articles.mayEdit(actor));
        model.addAttribute("editors", actor.is(Role.ADMIN) ? articles.editors() : List.of());
        return "articles";
    }

    /** An administrator grants an operator the right to write articles. */
    @PostMapping("/articles/editors")
    String grant(@RequestParam String username, HttpServletRequest request) {
        request.setAttribute(TicketActions.BACK, "/articles");
        articles.grantEditor(username.strip(), Actors.current());
        return "redirect:/articles";
    }

    @PostMapping("/articles/editors/{username}/revoke")
    String revoke(@PathVariable String username, HttpServletRequest request) {
        request.setAttribute(TicketActions.BACK, "/articles");
        articles.revokeEditor(username, Actors.current());
        return "redirect:/articles";
    }

    @GetMapping("/articles/new")
    String newArticle(Model model) {
        editor();
        model.addAttribute("form", new ArticleForm());
        return "article-edit";
    }

    @PostMapping("/articles")
    String create(@ModelAttribute("form") ArticleForm form, HttpServletRequest request) {
        request.setAttribute(TicketActions.BACK, "/articles/new");
        ArticleView created = articles.create(form.draft(), Actors.current());
        return "redirect:/articles/" + created.id();
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable long id, Model model) {
        Actor actor = Actors.current();
        ArticleView a = articles.get(id, actor);
        model.addAttribute("a", a);
        model.addAttribute("versions", articles.versions(id, actor));
        model.addAttribute("effect", articles.effectiveness(id, actor).stream().findFirst().orElse(null));
        model.addAttribute("editor", articles.mayEdit(actor));
        model.addAttribute("owner", actor.is(Role.HANDLER) && a.ownerUnitCode().equals(actor.unitCode()));
        model.addAttribute("nextReview", LocalDate.now(clock.withZone(zone)).plusYears(1));
        return "article";
    }

    @GetMapping("/articles/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        editor();
        ArticleView a = articles.get(id, Actors.current());
        model.addAttribute("a", a);
        model.addAttribute("form", ArticleForm.of(a));
        return "article-edit";
    }

    @PostMapping("/articles/{id}")
    String revise(@PathVariable long id, @ModelAttribute("form") ArticleForm form, HttpServletRequest request) {
        request.setAttribute(TicketActions.BACK, "/articles/" + id + "/edit");
        articles.revise(id, form.getBasedOn(), form.draft(), Actors.current());
        return "redirect:/articles/" + id;
    }

    @PostMapping("/articles/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) LocalDate nextReview, HttpServletRequest request,
                  RedirectAttributes flash) {
        request.setAttribute(TicketActions.BACK, "/articles/" + id);
        if (nextReview == null) {
            throw MinhuException.invalid("VALIDATION_FAILED", "nextReview is required");
        }
        articles.review(id, nextReview, Actors.current());
        flash.addFlashAttribute("done", "knowledge.reviewed");
        return "redirect:/articles/" + id;
    }

    @GetMapping("/articles/review")
    String reviewQueue(Model model) {
        model.addAttribute("items", articles.reviewQueue(Actors.current()));
        return "articles-review";
    }

    @GetMapping("/articles/export.xlsx")
    void export(HttpServletResponse response) throws IOException {
        Actor actor = Actors.current();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"articles.xlsx\"");
        articles.export(actor, response.getOutputStream());
    }

    @PostMapping("/articles/import")
    String importWorkbook(@RequestParam("file") MultipartFile file, HttpServletRequest request, RedirectAttributes flash)
            throws IOException {
        request.setAttribute(TicketActions.BACK, "/articles");
        int[] counts = articles.importWorkbook(file.getBytes(), Actors.current());
        flash.addFlashAttribute("imported", List.of(counts[0], counts[1]));
        return "redirect:/articles";
    }

    private Actor editor() {
        Actor actor = Actors.current();
        if (!articles.mayEdit(actor)) {
            throw MinhuException.forbidden("Articles are written by administrators and operators with the editor right");
        }
        return actor;
    }
}
