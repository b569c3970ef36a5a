package org.minhu.knowledge;

import java.util.List;
import org.minhu.directory.Actors;
import org.minhu.platform.MinhuException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/topics}: emergency topics, their pinned articles and their tickets' live count. */
@RestController
@RequestMapping("/api/v1/topics")
class TopicController {

    record Opening(String tag, String title, List<Long> articleIds) {
    }

    record Tagging(Long ticketId) {
    }

    private final Topics topics;

    TopicController(Topics topics) {
        this.topics = topics;
    }

    @GetMapping
    List<Topic> list() {
        return topics.list(Actors.current());
    }

    @GetMapping("/{id}")
    Topic get(@PathVariable long id) {
        return topics.get(id, Actors.current());
    }

    @PostMapping
    ResponseEntity<Topic> open(@RequestBody Opening body) {
        Topic t = topics.open(body.tag(), body.title(), body.articleIds(), Actors.current());
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/topics/" + t.id()).body(t);
    }

    @PostMapping("/{id}/close")
    Topic close(@PathVariable long id) {
        return topics.close(id, Actors.current());
    }

    @PostMapping("/{id}/tickets")
    Topic tag(@PathVariable long id, @RequestBody Tagging body) {
        if (body == null || body.ticketId() == null) {
            throw MinhuException.invalid("VALIDATION_FAILED", "ticketId is required");
        }
        return topics.tag(id, body.ticketId(), Actors.current());
    }
}
