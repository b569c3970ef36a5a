package org.minhu.demo;

import java.util.Map;
import org.minhu.ticket.ExemptionReason;

/** What a 免考核 request puts forward as evidence, by its reason, and why a supervisor turns one down. */
final class ExemptionTexts {

    private static final Map<ExemptionReason, String[]> EVIDENCE = Map.of(
            ExemptionReason.OUT_OF_JURISDICTION, new String[] {
                    "经{单位}现场核实，诉求点位属于铁路部门管理范围，非属地职权，已向诉求人说明并提供铁路部门联系方式。",
                    "诉求事项属于驻京单位内部管理问题，不属于本市属地管辖，相关核实材料已上传。"},
            ExemptionReason.EMERGENCY_SERVICE, new String[] {
                    "诉求人反映的情况属于治安警情，已告知诉求人拨打110报警，公安部门已出警处置。",
                    "诉求事项涉及消防安全隐患紧急处置，已转119处理，处置记录已附。"},
            ExemptionReason.LITIGATION, new String[] {
                    "诉求事项已进入诉讼程序，法院已立案受理，立案通知书复印件已上传。",
                    "双方纠纷已申请劳动仲裁，仲裁委已受理，受理通知书已附。"},
            ExemptionReason.UNREASONABLE, new String[] {
                    "诉求人要求超出政策规定，{单位}已多次上门解释政策依据，诉求人仍坚持原诉求，入户记录已附。",
                    "诉求人要求由政府承担其个人房屋装修费用，无政策依据，已做好解释工作。"},
            ExemptionReason.MALICIOUS_REPEAT, new String[] {
                    "诉求人就同一已办结事项半年内来电四十余次，经核实无新情况，来电记录已附。"},
            ExemptionReason.DUPLICATE, new String[] {
                    "该诉求与同一诉求人此前反映的工单内容一致，已在原工单中办理完毕，原工单已办结。"},
            ExemptionReason.UNREACHABLE, new String[] {
                    "回访时诉求人电话三次无人接听，短信告知后仍未回复，通话记录已附。",
                    "诉求人留存电话为空号，无法回访核实办理结果。"});
    private static final String[] REJECTIONS = {
            "证明材料不足，未能体现已向诉求人充分解释，不予免考核。",
            "经核实该事项属于承办单位职责范围，应继续办理，不予免考核。",
            "申请理由与诉求实际情况不符，请补充材料后重新申请。"};

    private ExemptionTexts() {
    }

    static String evidence(Dice dice, ExemptionReason reason, String unitName) {
        return dice.pick(EVIDENCE.get(reason)).replace("{单位}", unitName);
    }

    static String rejection(Dice dice) {
        return dice.pick(REJECTIONS);
    }
}
