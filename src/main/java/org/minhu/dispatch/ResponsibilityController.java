package org.minhu.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.minhu.directory.Actors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/responsibilities}: the responsibility list in force on a day (everyone signed in),
 * and a category's new row from a day on ({@code PUT …/{categoryCode}}, ADMIN; today by default).
 */
@RestController
class ResponsibilityController {

    /** A row as written: who leads, who assists, from when. */
    record Change(ResponsibilityRule.Lead lead, String leadUnitCode, List<String> assistUnitCodes, Boolean assistPlace,
                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom) {
    }

    private final Responsibilities responsibilities;
    private final Clock clock;
    private final ZoneId zone;

    ResponsibilityController(Responsibilities responsibilities, Clock clock, ZoneId cityZone) {
        this.responsibilities = responsibilities;
        this.clock = clock;
        this.zone = cityZone;
    }

    @GetMapping("/api/v1/responsibilities")
    List<ResponsibilityRule> inForce(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate on) {
        Actors.current();
        return responsibilities.inForce(on == null ? today() : on);
    }

    @PutMapping("/api/v1/responsibilities/{categoryCode}")
    ResponsibilityRule define(@PathVariable String categoryCode, @RequestBody Change change) {
        return responsibilities.define(new ResponsibilityRule(categoryCode,
                change.effectiveFrom() == null ? today() : change.effectiveFrom(), change.lead(), change.leadUnitCode(),
                change.assistUnitCodes() == null ? List.of() : change.assistUnitCodes(),
                Boolean.TRUE.equals(change.assistPlace()), null, null), Actors.current());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
