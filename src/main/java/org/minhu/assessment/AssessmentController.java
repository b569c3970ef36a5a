package org.minhu.assessment;

import java.time.YearMonth;
import java.util.List;
import org.minhu.directory.Actors;
import org.minhu.directory.UnitKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/assessments/{yyyy-MM}}: a month's scores and ranks (published, or a live
 * preview), filtered by peer group and district; its runs; and the run that publishes it.
 */
@RestController
@RequestMapping("/api/v1/assessments/{month}")
class AssessmentController {

    record RunRequest(String reason) {
    }

    private final Assessments assessments;

    AssessmentController(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    AssessmentView month(@PathVariable String month, @RequestParam(required = false) Long run,
                         @RequestParam(required = false) UnitKind group, @RequestParam(required = false) String district,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return assessments.month(month(month), run, group, district, page, size, Actors.current());
    }

    /** The governance list (lowest streets and townships) and the praise list (communities) of the month. */
    @GetMapping("/lists")
    MonthLists lists(@PathVariable String month, @RequestParam(required = false) String district) {
        return assessments.lists(month(month), district, Actors.current());
    }

    /** One unit's month and its twelve months up to it. */
    @GetMapping("/units/{code}")
    UnitHistory unit(@PathVariable String month, @PathVariable String code) {
        return assessments.unit(month(month), code, Actors.current());
    }

    @GetMapping("/runs")
    List<PublishedScores.Run> runs(@PathVariable String month) {
        return assessments.runs(month(month));
    }

    @PostMapping("/run")
    AssessmentView run(@PathVariable String month, @RequestBody(required = false) RunRequest body) {
        return assessments.run(month(month), body == null ? null : body.reason(), Actors.current());
    }

    private static YearMonth month(String text) {
        return org.minhu.platform.MonthParam.parse(text, "month");
    }
}
