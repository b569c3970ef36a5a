package org.minhu.directory;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.minhu.platform.MinhuException;
import org.minhu.platform.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory over HTTP: {@code GET /api/v1/units} and {@code GET /api/v1/units/{code}}; any signed-in user may read. */
@RestController
@RequestMapping("/api/v1/units")
class UnitController {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    private static final Pattern DISTRICT_CODE = Pattern.compile("\\d{6}(\\d{6})?");

    private final UnitSearch search;
    private final Populations populations;
    private final UnitChanges changes;

    /** {@code POST /units/{code}/rename}. */
    record Rename(String name) {
    }

    /** {@code POST /units/{code}/split}: the first day of the parts, and the parts. */
    record Split(java.time.LocalDate from, java.util.List<UnitChanges.Part> parts) {
    }

    UnitController(UnitSearch search, Populations populations, UnitChanges changes) {
        this.changes = changes;
        this.populations = populations;
        this.search = search;
    }

    /** 常住人口 of units from a CSV ({@code code,population}) or an Excel workbook (ADMIN); all rows or none. */
    @PostMapping(path = "/populations", consumes = {"text/csv", "text/plain"})
    Map<String, Integer> populationsCsv(@RequestBody byte[] csv) {
        return Map.of("imported", populations.importFile(csv, false, Actors.current()));
    }

    /** 更名 (ADMIN): the former name stays an alias. */
    @PostMapping("/{code}/rename")
    Unit rename(@PathVariable String code, @RequestBody Rename body) {
        return changes.rename(code, body.name(), Actors.current());
    }

    /** 拆分 (ADMIN): the unit ends the day before {@code from}, the parts begin that day. */
    @PostMapping("/{code}/split")
    java.util.List<Unit> split(@PathVariable String code, @RequestBody Split body) {
        return changes.split(code, body.from(), body.parts(), Actors.current());
    }

    @PostMapping(path = "/populations",
            consumes = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    Map<String, Integer> populationsWorkbook(@RequestBody byte[] xlsx) {
        return Map.of("imported", populations.importFile(xlsx, true, Actors.current()));
    }

    /**
     * Units, by code. {@code kind}: one kind or several separated by commas ({@code SUBDISTRICT,TOWNSHIP});
     * {@code district}: a district's 12-digit code (or its 6-digit county code); {@code q}: part of a
     * name or an alias, or the start of a code.
     */
    @GetMapping
    Page<UnitView> list(@RequestParam(required = false) String kind,
                        @RequestParam(required = false) String district,
                        @RequestParam(required = false) String q,
                        @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
        if (page < 0) {
            throw MinhuException.invalid("INVALID_PARAMETER", "page counts from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw MinhuException.invalid("INVALID_PARAMETER", "size must be between 1 and " + MAX_SIZE);
        }
        String text = q == null || q.isBlank() ? null : q.strip();
        return search.page(new UnitSearch.Filter(kinds(kind), districtCode(district), text), page, size);
    }

    @GetMapping("/{code}")
    UnitView one(@PathVariable String code) {
        return search.detail(code).orElseThrow(() -> MinhuException.notFound("unit", code));
    }

    private static Set<UnitKind> kinds(String kind) {
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        if (kind == null || kind.isBlank()) {
            return kinds;
        }
        for (String name : kind.split(",")) {
            try {
                kinds.add(UnitKind.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw MinhuException.invalid("INVALID_PARAMETER", "kind must be one of " + EnumSet.allOf(UnitKind.class));
            }
        }
        return kinds;
    }

    private static String districtCode(String district) {
        if (district == null || district.isBlank()) {
            return null;
        }
        String code = district.strip();
        if (!DISTRICT_CODE.matcher(code).matches()) {
            throw MinhuException.invalid("INVALID_PARAMETER", "district must be a district's 12-digit code");
        }
        return code.length() == 6 ? code + "000000" : code;
    }
}
