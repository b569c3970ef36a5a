package org.minhu.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.minhu.directory.Actor;
import org.minhu.directory.Populations;
import org.minhu.directory.Unit;
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

    UnitsPage(Units units, Populations populations, ProblemTexts texts) {
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
