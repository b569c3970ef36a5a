package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.directory.Role;
import org.minhu.dispatch.Suggestions;
import org.minhu.platform.MinhuException;
import org.minhu.platform.ProblemTexts;
import org.minhu.ticket.Channel;
import org.minhu.ticket.Intake;
import org.minhu.ticket.RequestType;
import org.minhu.ticket.Urgency;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The operator's intake: the form, the suggestions beside it as the request is typed (category,
 * place and units, refreshed by htmx a moment after the typing stops), and registering, with the
 * accepted suggestion dispatched in the same transaction.
 */
@Controller
class IntakePages {

    private final Intake intake;
    private final Suggestions suggestions;
    private final CategoryChoices categories;
    private final ProblemTexts texts;
    private final org.minhu.ticket.Tickets tickets;
    private final org.minhu.knowledge.Articles articles;
    private final org.minhu.knowledge.Topics topics;
    private final org.minhu.platform.MinhuSettings settings;

    IntakePages(Intake intake, Suggestions suggestions, CategoryChoices categories, ProblemTexts texts,
                org.minhu.ticket.Tickets tickets, org.minhu.knowledge.Articles articles, org.minhu.knowledge.Topics topics,
                org.minhu.platform.MinhuSettings settings) {
        this.tickets = tickets;
        this.articles = articles;
        this.topics = topics;
        this.settings = settings;
        this.texts = texts;
        this.intake = intake;
        this.suggestions = suggestions;
        this.categories = categories;
    }

    @GetMapping("/tickets/new")
    String newTicket(Model model) {
        operator();
        model.addAttribute("form", new IntakeForm());
        return intakePage(model);
    }

    /** Registers; a refusal (an unknown category, a unit that takes no dispatch) shows the form again as typed, with why. */
    @PostMapping("/tickets")
    String create(@Valid @ModelAttribute("form") IntakeForm form, BindingResult errors, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return intakePage(model);
        }
        try {
            Intake.Result result = intake.create(form.toRequest(), Actors.current(), form.idempotencyKey(), form::nextSteps);
            for (Long topic : form.getTopicIds()) { // after the registration: a topic closed meanwhile does not undo it
                topics.tag(topic, result.ticket().id(), Actors.current());
            }
            return "redirect:/tickets/" + result.ticket().id();
        } catch (MinhuException e) {
            errors.reject(e.code(), texts.detail(texts.language(request), e.status().value(), e.code(), e.getMessage(), e.details()));
            response.setStatus(e.status().value());
            return intakePage(model);
        }
    }

    /** The suggestion panel for what the form holds now (an htmx fragment). */
    @PostMapping("/tickets/suggest")
    String suggest(@Valid @ModelAttribute("form") IntakeForm form, BindingResult errors, Model model) {
        operator();
        boolean readable = !errors.hasFieldErrors("content") && !errors.hasFieldErrors("subject")
                && !errors.hasFieldErrors("address") && form.getContent() != null && !form.getContent().isBlank();
        model.addAttribute("s", readable
                ? suggestions.suggest(form.getSubject(), form.getContent(), form.getAddress(), null, null) : null);
        return "intake :: suggestion";
    }

    /**
     * Intake's advice for what the form holds now (an htmx fragment): the articles that may answer it
     * (an open emergency topic's first), the open tickets it may duplicate, the caller's recent requests.
     */
    @PostMapping("/tickets/advice")
    String advice(@ModelAttribute("form") IntakeForm form, BindingResult errors, Model model) {
        Actor actor = operator();
        boolean readable = !errors.hasErrors() && form.getContent() != null && !form.getContent().isBlank();
        // nothing readable yet: an empty draft, for which the advisors offer only the pinned articles
        var place = readable ? suggestions.suggest(form.getSubject(), form.getContent(), form.getAddress(), null, null).place() : null;
        var draft = readable ? form.draft(place == null ? null : place.communityCode() != null ? place.communityCode()
                : place.subdistrictCode(), place == null ? null : place.districtCode())
                : new org.minhu.ticket.IntakeDraft(null, null, "", null, null, null, null, null, null, null);
        Intake.Advice advice = intake.advice(draft, actor);
        java.util.Map<Long, String> answers = new java.util.HashMap<>();
        advice.articles().forEach(a -> answers.put(a.versionId(), articles.answerText(a.versionId())));
        model.addAttribute("offered", advice.articles());
        model.addAttribute("answers", answers);
        model.addAttribute("duplicates", advice.duplicates());
        model.addAttribute("callers", errors.hasFieldErrors("phone") ? java.util.List.of()
                : tickets.callerHistory(form.getPhone(), settings.duplicates().repeatWindow(), actor));
        return "intake :: advice";
    }

    private String intakePage(Model model) {
        model.addAttribute("topics", topics.list(Actors.current()).stream().filter(t -> t.closedAt() == null).toList());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("types", RequestType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("categories", categories.current());
        model.addAttribute("actor", Actors.current());
        return "intake";
    }

    private static Actor operator() {
        Actor actor = Actors.current();
        if (!actor.is(Role.OPERATOR)) {
            throw MinhuException.forbidden("Requests are registered by the 12345 centre");
        }
        return actor;
    }
}
