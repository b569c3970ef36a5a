package org.minhu.review;

import java.util.ArrayList;
import java.util.List;
import org.minhu.directory.UnitKind;

/** {@link CommentDraft} in Chinese: "11月份，建外街道垃圾分类排名全区各街道首位，…；但在接诉即办等方面仍存在不足。" */
final class ChineseComment {

    private ChineseComment() {
    }

    static String of(CommentDraft d) {
        String peers = (d.citywide() ? "全市各" : "全区各") + (d.group() == UnitKind.TOWNSHIP ? "乡镇" : "街道");
        String start = d.month().getMonthValue() + "月份，" + d.unitName();
        List<String> strengths = new ArrayList<>();
        clause(strengths, d.at(Standing.TOP, true), "排名" + peers + "首位");
        clause(strengths, d.at(Standing.TOP, false), "为" + peers + "最低");
        clause(strengths, d.at(Standing.FRONT), "排名" + peers + "前列");
        List<String> shortfalls = d.shortfalls("接诉即办", Measure::nameZh);
        String areas = String.join("、", shortfalls) + (shortfalls.size() > 1 ? "等" : "") + "方面";
        String text;
        if (!strengths.isEmpty() && !shortfalls.isEmpty()) {
            text = start + String.join("，", strengths) + "；但在" + areas + "仍存在不足。";
        } else if (!strengths.isEmpty()) {
            text = start + String.join("，", strengths) + "。";
        } else if (!shortfalls.isEmpty()) {
            text = start + "在" + areas + "仍需提升。";
        } else if (d.anyRanked()) {
            text = start + "各项成绩位于" + peers + "中游。";
        } else {
            text = start + "本月没有参与排名的成绩。";
        }
        return d.smallSample() ? text + "接诉即办回访不足" + d.minSample() + "件，综合成绩未参与排名。" : text;
    }

    private static void clause(List<String> clauses, List<Measure> measures, String standing) {
        if (!measures.isEmpty()) {
            clauses.add(String.join("、", measures.stream().map(ChineseComment::name).toList())
                    + (measures.size() > 1 ? "均" : "") + standing);
        }
    }

    private static String name(Measure m) {
        return switch (m.code()) {
            case Measure.COMPOSITE -> "接诉即办综合成绩";
            case Measure.DIRECT -> "直派成绩";
            default -> m.nameZh();
        };
    }
}
