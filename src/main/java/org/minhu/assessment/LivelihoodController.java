package org.minhu.assessment;

import java.util.List;
import org.minhu.directory.Actors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/livelihood}: the 七有五性 month of a district or the city ({@code GET /{yyyy-MM}
 * ?district=}), and the category → dimension mapping ({@code GET /mapping?month=}, any signed-in
 * user; {@code PUT /mapping/{categoryCode}}, administrators).
 */
@RestController
@RequestMapping("/api/v1/livelihood")
class LivelihoodController {

    /** A category's new dimensions ([] for none), from {@code effectiveFrom} ({@code yyyy-MM}; none: this month). */
    record MappingChange(List<String> dimensions, String effectiveFrom) {
    }

    private final Livelihood livelihood;
    private final LivelihoodMappings mappings;

    LivelihoodController(Livelihood livelihood, LivelihoodMappings mappings) {
        this.livelihood = livelihood;
        this.mappings = mappings;
    }

    @GetMapping("/{month}")
    LivelihoodMonth month(@PathVariable String month, @RequestParam(required = false) String district) {
        return livelihood.month(org.minhu.platform.MonthParam.parse(month, "month"), district, Actors.current());
    }

    @GetMapping("/mapping")
    LivelihoodMapping mapping(@RequestParam(required = false) String month) {
        return mappings.mapping(month == null ? null : org.minhu.platform.MonthParam.parse(month, "month"));
    }

    @PutMapping("/mapping/{categoryCode}")
    LivelihoodMapping.Entry map(@PathVariable String categoryCode, @RequestBody(required = false) MappingChange body) {
        MappingChange change = body == null ? new MappingChange(null, null) : body;
        return mappings.map(categoryCode, change.dimensions(),
                change.effectiveFrom() == null ? null : org.minhu.platform.MonthParam.parse(change.effectiveFrom(), "effectiveFrom"), Actors.current());
    }
}
