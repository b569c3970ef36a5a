package org.minhu.web;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;
import org.minhu.directory.Units;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Units picked by name as one types (htmx): the in-memory directory, names containing the text,
 * streets and townships before departments and utilities, shortest first; nobody types a code.
 */
@Controller
class UnitPicker {

    static final int MAX = 12;
    private static final Set<UnitKind> DISPATCHABLE = EnumSet.of(UnitKind.SUBDISTRICT, UnitKind.TOWNSHIP,
            UnitKind.DEPARTMENT, UnitKind.ENTERPRISE, UnitKind.DISTRICT);

    private final Units units;

    UnitPicker(Units units) {
        this.units = units;
    }

    @GetMapping("/units/pick")
    String pick(@RequestParam(required = false) String q, @RequestParam(required = false) String unitName, Model model) {
        String text = (q != null ? q : unitName == null ? "" : unitName).strip();
        List<Unit> found = text.isEmpty() || text.length() > 40 ? List.of() : units.all().stream()
                .filter(u -> DISPATCHABLE.contains(u.kind()) && (u.name().contains(text) || u.code().startsWith(text)))
                .sorted(Comparator.comparing((Unit u) -> !u.name().startsWith(text)).thenComparing(Unit::kind)
                        .thenComparing(u -> u.name().length()).thenComparing(Unit::code))
                .limit(MAX).toList();
        model.addAttribute("found", found);
        model.addAttribute("q", text);
        return "picker :: results";
    }
}
