package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.minhu.directory.Actors;
import org.minhu.directory.Role;
import org.minhu.knowledge.Articles;
import org.minhu.knowledge.Topics;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 紧急专题: the open topics with their tickets counted live (the list refreshes every ten seconds),
 * the form an administrator opens one with (a tag, a title, the articles to pin), and closing it.
 */
@Controller
class TopicsPage {

    private final Topics topics;
    private final Articles articles;

    TopicsPage(Topics topics, Articles articles) {
        this.topics = topics;
        this.articles = articles;
    }

    @GetMapping("/topics")
    String list(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var actor = Actors.current();
        model.addAttribute("topics", topics.list(actor));
        var all = articles.all(actor);
        model.addAttribute("titles", all.stream().collect(java.util.stream.Collectors.toMap(a -> a.id(), a -> a.title())));
        model.addAttribute("articles", actor.is(Role.ADMIN) ? all.stream().filter(a -> a.offered()).toList() : List.of());
        return htmx != null ? "topics :: live" : "topics";
    }

    @PostMapping("/topics")
    String open(@RequestParam String tag, @RequestParam String title,
                @RequestParam(required = false) List<Long> articleIds, HttpServletRequest request) {
        request.setAttribute(TicketActions.BACK, "/topics");
        topics.open(tag, title, articleIds, Actors.current());
        return "redirect:/topics";
    }

    @PostMapping("/topics/{id}/close")
    String close(@PathVariable long id, HttpServletRequest request) {
        request.setAttribute(TicketActions.BACK, "/topics");
        topics.close(id, Actors.current());
        return "redirect:/topics";
    }
}
