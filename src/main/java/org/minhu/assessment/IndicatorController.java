package org.minhu.assessment;

import java.util.List;
import java.util.Map;
import org.minhu.directory.Actors;
import org.minhu.directory.UnitKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/indicators}: the indicators beside 接诉即办, their definition ({@code PUT}), their
 * monthly values as CSV or an Excel workbook ({@code POST …/values}, {@code text/csv} or the
 * xlsx type) and their monthly ranking.
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorController {

    private final Indicators indicators;

    IndicatorController(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    List<Indicator> all() {
        return indicators.all();
    }

    @PutMapping("/{code}")
    Indicator define(@PathVariable String code, @RequestBody Indicator body) {
        return indicators.define(new Indicator(code, body.nameZh(), body.nameEn(), body.unitOfMeasure(),
                body.higherIsBetter(), body.peerGroups()), Actors.current());
    }

    @PostMapping(path = "/{code}/values", consumes = {"text/csv", "text/plain"})
    Map<String, Integer> values(@PathVariable String code, @RequestBody String csv) {
        return Map.of("imported", indicators.importValues(code, csv, Actors.current()));
    }

    @PostMapping(path = "/{code}/values", consumes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    Map<String, Integer> workbook(@PathVariable String code, @RequestBody byte[] xlsx) {
        return Map.of("imported", indicators.importWorkbook(code, xlsx, Actors.current()));
    }

    @GetMapping("/{code}/{month}")
    List<IndicatorRank> ranked(@PathVariable String code, @PathVariable String month,
                               @RequestParam(required = false) UnitKind group,
                               @RequestParam(required = false) String district) {
        return indicators.ranked(code, org.minhu.platform.MonthParam.parse(month, "month"), group, district,
                Actors.current());
    }
}
