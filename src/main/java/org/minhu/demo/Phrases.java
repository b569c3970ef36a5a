package org.minhu.demo;

/**
 * What units and operators write on a ticket: replies on completion, answers on the call, and the
 * reasons for returns, extensions, terminations and supervision.
 */
final class Phrases {

    /** The kinds of reply a unit files, matching what the citizen will say at the callback. */
    enum ReplyKind { DONE, PARTLY, EXPLAINED }

    private static final String[] REPLIES_DONE = {
            "经核实，{单位}已于当日联系诉求人，就反映的“{事项}”问题到现场查看，协调相关责任方进行了处理，问题已解决，诉求人表示认可。",
            "{单位}接单后第一时间与诉求人取得联系，经现场核实情况属实，已督促责任单位整改完毕，并将处理结果告知诉求人。",
            "经{单位}工作人员上门核查，反映的问题已现场处置完成，后续将加强日常巡查，防止问题反复。",
            "{单位}已联系诉求人说明情况，会同社区居委会、物业公司召开现场协调会，已按诉求人意见落实整改。"};
    private static final String[] REPLIES_PARTLY = {
            "{单位}已联系诉求人并到现场核实，因涉及历史遗留问题，目前已采取临时措施，长效解决方案正在研究，已向诉求人做好解释。",
            "经{单位}核实，反映的“{事项}”问题部分属实，已督促责任方先行整改，剩余问题需协调多个部门，将持续跟进。"};
    private static final String[] REPLIES_EXPLAINED = {
            "{单位}已联系诉求人，经核实诉求事项不符合相关政策规定，已向诉求人做好政策解释工作。",
            "经{单位}核实，诉求人反映的问题属于民事纠纷，已告知其可通过人民调解或司法途径解决，并提供了调解渠道。"};
    private static final String[] ANSWERS = {
            "已向来电人详细解答“{事项}”相关政策和办理流程，告知可通过“京通”小程序或到{区}政务服务中心办理，来电人表示清楚。",
            "已根据知识库向来电人解答，并告知具体办理材料和咨询电话，来电人表示满意。",
            "已告知来电人办理条件、所需材料及办理地点，建议提前在网上预约，来电人无其他诉求。",
            "已向来电人做好解释说明，并告知如仍有问题可再次来电，来电人认可。"};
    private static final String[] RETURN_REASONS = {
            "经现场核实，诉求地址不在本单位辖区，属于{相邻}管辖，申请退回重派。",
            "该诉求事项属于行业主管部门职责，不属于本单位职权范围，申请退单。",
            "诉求地址信息不准确，经联系诉求人确认实际位置属于{相邻}，申请改派。"};
    private static final String[] EXTENSION_REASONS = {
            "涉及多个产权单位，需协调召开联席会议，申请延期。",
            "维修需要采购专用配件，到货周期较长，申请延期办理。",
            "需走执法程序，依法送达告知书后方可拆除，申请延期。",
            "涉及资金审批，需要履行审批程序，申请延期。"};
    private static final String[] TERMINATE_REASONS = {
            "诉求人来电表示问题已自行解决，申请撤销诉求。",
            "经核实为重复诉求，已在其他工单中办理。",
            "诉求人反复拨打同一无理诉求，经研判按规定终止办理。",
            "诉求内容不属于12345受理范围，已告知诉求人通过法定途径解决。"};
    private static final String[] SUPERVISE_NOTES = {
            "工单已超时限，请承办单位加快办理并反馈进展。",
            "该诉求反映集中，请承办单位高度重视，限期办结。",
            "诉求人多次来电催办，请加强沟通，尽快解决。"};
    /** What an assisting department files; it only ever supports the lead. */
    static final String ASSIST_REPLY = "已按主办单位要求配合开展现场核查和执法工作，相关情况已反馈主办单位。";

    private Phrases() {
    }

    static String reply(Dice dice, String unitName, String subject, ReplyKind kind) {
        String[] pool = switch (kind) {
            case DONE -> REPLIES_DONE;
            case PARTLY -> REPLIES_PARTLY;
            case EXPLAINED -> REPLIES_EXPLAINED;
        };
        return dice.pick(pool).replace("{单位}", unitName).replace("{事项}", subject);
    }

    static String answer(Dice dice, String subject, String district) {
        return dice.pick(ANSWERS).replace("{事项}", subject.replaceFirst("^咨询", "")).replace("{区}", district);
    }

    static String returnReason(Dice dice, String neighbour) {
        return dice.pick(RETURN_REASONS).replace("{相邻}", neighbour);
    }

    static String extensionReason(Dice dice) {
        return dice.pick(EXTENSION_REASONS);
    }

    static String terminateReason(Dice dice) {
        return dice.pick(TERMINATE_REASONS);
    }

    static String superviseNote(Dice dice) {
        return dice.pick(SUPERVISE_NOTES);
    }
}
