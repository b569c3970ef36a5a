package org.minhu.dispatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.minhu.directory.Unit;
import org.minhu.directory.UnitKind;

/**
 * What an upload of street boundaries must be: every feature a valid polygon with the code of a
 * street or township of the directory, one per code, none overlapping another by more than the
 * slack of a hand-drawn border ({@link #OVERLAP_SLACK}, about 100 m²). Every problem is reported,
 * by feature; no Spring.
 */
final class StreetBoundaryCheck {

    /** A problem of feature {@code feature} (from 1), with the code it carries if any. */
    record Problem(int feature, String code, String message) {
    }

    record Result(List<Boundaries.Area> areas, List<Problem> problems) {
    }

    /** In square degrees: about 100 m² at Beijing's latitude. */
    static final double OVERLAP_SLACK = 1e-8;

    private StreetBoundaryCheck() {
    }

    static Result check(List<GeoJsonAreas.Feature> features, Function<String, Unit> units) {
        List<Problem> problems = new ArrayList<>();
        List<Boundaries.Area> areas = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GeoJsonAreas.Feature f : features) {
            String problem = problem(f, units, seen);
            if (problem != null) {
                problems.add(new Problem(f.number(), f.code(), problem));
            } else {
                areas.add(new Boundaries.Area(f.code(), f.shape()));
                numbers.add(f.number());
            }
        }
        overlaps(areas, numbers, problems);
        return new Result(areas, problems);
    }

    private static String problem(GeoJsonAreas.Feature f, Function<String, Unit> units, Set<String> seen) {
        if (f.code() == null || f.code().isEmpty()) {
            return "the feature has no properties.code";
        }
        Unit unit = units.apply(f.code());
        if (unit == null || (unit.kind() != UnitKind.SUBDISTRICT && unit.kind() != UnitKind.TOWNSHIP)) {
            return f.code() + " is not a street or township of the directory";
        }
        if (!seen.add(f.code())) {
            return "a second boundary for " + f.code();
        }
        if (f.problem() != null) {
            return f.problem();
        }
        IsValidOp valid = new IsValidOp(f.shape());
        if (!valid.isValid()) {
            return "the polygon is not valid: " + valid.getValidationError().getMessage();
        }
        return f.shape().getArea() > 0 ? null : "the polygon has no area";
    }

    private static void overlaps(List<Boundaries.Area> areas, List<Integer> numbers, List<Problem> problems) {
        STRtree index = new STRtree();
        for (int i = 0; i < areas.size(); i++) {
            index.insert(areas.get(i).shape().getEnvelopeInternal(), i);
        }
        for (int i = 0; i < areas.size(); i++) {
            Boundaries.Area a = areas.get(i);
            for (Object hit : index.query(a.shape().getEnvelopeInternal())) {
                int j = (Integer) hit;
                if (j > i && a.shape().intersection(areas.get(j).shape()).getArea() > OVERLAP_SLACK) {
                    problems.add(new Problem(numbers.get(i), a.code(), a.code() + " overlaps " + areas.get(j).code()));
                }
            }
        }
    }
}
