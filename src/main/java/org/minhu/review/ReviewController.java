package org.minhu.review;

import java.util.Map;
import org.minhu.directory.Actors;
import org.minhu.platform.MinhuException;
import org.minhu.platform.MonthParam;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reviews/{yyyy-MM}?district=}: the month's review pack as JSON, or as an Excel
 * workbook with {@code format=xlsx} or an {@code Accept} of the xlsx type.
 */
@RestController
class ReviewController {

    static final MediaType XLSX = MediaType.parseMediaType(ReviewWorkbook.TYPE);

    private final ReviewPacks packs;
    private final ReviewWorkbook workbook;

    ReviewController(ReviewPacks packs, ReviewWorkbook workbook) {
        this.packs = packs;
        this.workbook = workbook;
    }

    @GetMapping("/api/v1/reviews/{month}")
    ResponseEntity<?> pack(@PathVariable String month, @RequestParam(required = false) String district,
                           @RequestParam(required = false) String format,
                           @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean xlsx = wantsWorkbook(format, accept);
        var locale = LocaleContextHolder.getLocale();
        ReviewPack pack = packs.pack(MonthParam.parse(month, "month"), district, Actors.current(), locale);
        if (!xlsx) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(pack);
        }
        String name = "review-" + pack.month() + (pack.districtCode() == null ? "" : "-" + pack.districtCode()) + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(workbook.write(pack, locale));
    }

    private static boolean wantsWorkbook(String format, String accept) {
        if (format == null || format.isBlank()) {
            return accept != null && accept.contains(ReviewWorkbook.TYPE);
        }
        return switch (format.strip()) {
            case "xlsx" -> true;
            case "json" -> false;
            default -> throw MinhuException.invalid("INVALID_PARAMETER", "format", "format is json or xlsx",
                    Map.of("field", "format"));
        };
    }
}
