package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.minhu.directory.Actor;
import org.minhu.directory.Populations;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitChanges;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.minhu.platform.MinhuException;
import org.minhu.platform.ProblemTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 单位: the directory's units in force, found by name, with their populations; and the import of
 * populations from a CSV or an Excel workbook (every bad row reported, nothing half-imported).
 */
@Controller
class UnitsPage {

    static final int SHOWN = 200;

    private final Units units;
    private final Populations populations;
    private final ProblemTexts texts;
    private final UnitChanges changes;

    UnitsPage(Units units, Populations populations, ProblemTexts texts, UnitChanges changes) {
        this.changes = changes;
        this.texts = texts;
        this.units = units;
        this.populations = populations;
    }

    @GetMapping("/admin/units")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) UnitKind kind, Model model) {
        AdminPages.admin();
        String text = q == null ? "" : q.strip();
        List<Unit> found = units.all().stream()
                .filter(u -> (kind == null || u.kind() == kind) && (text.isEmpty() || u.name().contains(text) || u.code().startsWith(text)))
                .sorted(Comparator.comparing(Unit::code)).limit(SHOWN).toList();
        model.addAttribute("found", found);
        model.addAttribute("q", text);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", UnitKind.values());
        return "admin-units";
    }

    @PostMapping("/admin/units/{code}/rename")
    String rename(@org.springframework.web.bind.annotation.PathVariable String code, @RequestParam(required = false) String name,
                  HttpServletRequest request, RedirectAttributes flash) {
        Actor admin = AdminPages.admin();
        request.setAttribute(TicketActions.BACK, "/admin/units?q=" + code);
        changes.rename(code, name, admin);
        flash.addFlashAttribute("done", "units.renamed");
        return "redirect:/admin/units?q=" + code;
    }

    /** {@code parts}: one new unit a line, its code, a space, its name. */
    @PostMapping("/admin/units/{code}/split")
    String split(@org.springframework.web.bind.annotation.PathVariable String code,
                 @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                         iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate from,
                 @RequestParam(required = false) String parts, HttpServletRequest request, RedirectAttributes flash) {
        Actor admin = AdminPages.admin();
        request.setAttribute(TicketActions.BACK, "/admin/units?q=" + code);
        List<UnitChanges.Part> split = parts == null ? List.of() : parts.lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+", 2)).map(a -> new UnitChanges.Part(a[0], a.length > 1 ? a[1] : "")).toList();
        changes.split(code, from, split, admin);
        flash.addFlashAttribute("done", "units.splitDone");
        return "redirect:/admin/units?q=" + code;
    }

    @PostMapping("/admin/units/populations")
    String populations(@RequestParam(required = false) MultipartFile file, HttpServletRequest request,
                       RedirectAttributes flash) throws IOException {
        Actor admin = AdminPages.admin();
        request.setAttribute(TicketActions.BACK, "/admin/units");
        boolean xlsx = file != null && file.getOriginalFilename() != null && file.getOriginalFilename().toLowerCase().endsWith(".xlsx");
        try {
            flash.addFlashAttribute("imported", populations.importFile(file == null ? new byte[0] : file.getBytes(), xlsx, admin));
        } catch (MinhuException e) {
            if (!"INVALID_IMPORT".equals(e.code())) {
                throw e;
            }
            // every bad row, with its line, beside the reason
            flash.addFlashAttribute("error", texts.detail(texts.language(request), 400, e.code(), e.getMessage(), e.details()));
            flash.addFlashAttribute("errorCode", e.code());
            flash.addFlashAttribute("problems", e.details().get("problems"));
        }
        return "redirect:/admin/units";
    }
}
