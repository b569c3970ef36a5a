package org.minhu.assessment;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.minhu.directory.Actors;
import org.minhu.directory.UnitKind;
import org.minhu.platform.MinhuException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/assessments/{yyyy-MM}}: a month's scores and ranks, filtered by peer group and district. */
@RestController
@RequestMapping("/api/v1/assessments")
class AssessmentController {

    private final Assessments assessments;

    AssessmentController(Assessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/{month}")
    AssessmentView month(@PathVariable String month, @RequestParam(required = false) UnitKind group,
                         @RequestParam(required = false) String district,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return assessments.preview(month(month), group, district, page, size, Actors.current());
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw MinhuException.invalid("INVALID_PARAMETER", "month", "A month is written yyyy-MM, like 2026-03",
                    Map.of("field", "month"));
        }
    }
}
