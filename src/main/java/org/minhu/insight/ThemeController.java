package org.minhu.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.minhu.directory.Actors;
import org.minhu.platform.MonthParam;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/themes}: 每月一题. {@code GET /candidates?month} (last month by default), the themes
 * chosen, one with its tasks and its category's tickets by month; the city chooses
 * ({@code POST {month, categoryCode, title, leadUnitCode, plan}}) and adds tasks
 * ({@code POST /{id}/tasks {list, description, unitCode, dueOn}}); a task's unit says it is done.
 */
@RestController
@RequestMapping("/api/v1/themes")
class ThemeController {

    record Choice(String month, String categoryCode, String title, String leadUnitCode, String plan) {
    }

    record NewTask(String list, String description, String unitCode, LocalDate dueOn) {
    }

    record Done(String note) {
    }

    private final Themes themes;
    private final java.time.Clock clock;
    private final java.time.ZoneId zone;

    ThemeController(Themes themes, java.time.Clock clock, java.time.ZoneId cityZone) {
        this.themes = themes;
        this.clock = clock;
        this.zone = cityZone;
    }

    @GetMapping("/candidates")
    List<ThemeCandidate> candidates(@RequestParam(required = false) String month) {
        return themes.candidates(month(month), Actors.current());
    }

    @GetMapping
    List<Theme> list() {
        return themes.list(Actors.current());
    }

    @GetMapping("/{id}")
    Theme get(@PathVariable long id) {
        return themes.get(id, Actors.current());
    }

    @PostMapping
    ResponseEntity<Theme> choose(@RequestBody Choice body) {
        Theme t = themes.choose(month(body.month()), body.categoryCode(), body.title(), body.leadUnitCode(), body.plan(),
                Actors.current());
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/themes/" + t.id()).body(t);
    }

    @PostMapping("/{id}/tasks")
    Theme addTask(@PathVariable long id, @RequestBody NewTask body) {
        return themes.addTask(id, body.list(), body.description(), body.unitCode(), body.dueOn(), Actors.current());
    }

    @PostMapping("/{id}/tasks/{task}/done")
    Theme done(@PathVariable long id, @PathVariable long task, @RequestBody(required = false) Done body) {
        return themes.done(id, task, body == null ? null : body.note(), Actors.current());
    }

    private YearMonth month(String value) {
        return value == null || value.isBlank() ? YearMonth.now(clock.withZone(zone)).minusMonths(1)
                : MonthParam.parse(value, "month");
    }
}
