package org.minhu.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minhu.directory.Unit;
import org.minhu.ticket.RequestType;
import org.springframework.core.io.ClassPathResource;

/**
 * The words of the demo: request templates by category ({@code demo/requests.txt}) filled with
 * the place names of the directory, requesters, and the replies, answers and reasons units and
 * operators write.
 */
final class DemoTexts {

    /** One request template: a leaf category, a type, a weight, how often the operator answers it at once. */
    record Template(String category, RequestType type, double weight, double answerShare, String subject, String content) {
    }

    /** Where a request happens: the district, the street or township, one of its communities. */
    record Place(Unit district, Unit street, String community) {
    }

    private static final Pattern SLOT = Pattern.compile("\\{([^}]+)}");

    private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧 "
            + "程 曹 袁 邓 许 傅 沈 曾 彭 吕 苏 卢 蒋 蔡 贾 丁 魏 薛 叶 阎 余 潘 杜 戴 夏 钟 汪 田 任 姜 范 方 石 姚 谭 廖 邹 熊 金 陆 "
            + "郝 孔 白 崔 康 毛 邱 秦 江 史 顾 侯 邵 孟 龙 万 段 雷 钱 汤 尹 黎 易 常 武 乔 贺 赖 龚 文").split(" ");
    private static final String[] COMPOUND_SUFFIX = {"小区", "家园", "小区", "花园", "嘉园", "北里", "南里", "西区", "东区", "公寓"};
    private static final String[] ROAD_SUFFIX = {"路", "大街", "北路", "南路", "东路", "西路", "中路", "街"};
    private static final String[] SHOPS = {"烧烤店", "火锅店", "便利店", "超市", "KTV", "健身房", "美容美发店", "洗衣店", "麻辣烫店",
            "小吃店", "面馆", "酒吧", "水果店", "生鲜超市", "药店", "汽修店", "家电卖场", "培训中心"};
    private static final String[] SHOP_PREFIX = {"鑫盛", "福满", "老街", "百味", "金源", "宏达", "悦来", "吉祥", "顺心", "好邻居", "四季",
            "新世纪", "红星", "喜乐", "惠民", "万家"};
    private static final String[] COMPANY_WORDS = {"华信", "中科瑞达", "博远", "天诚", "鼎盛", "联创", "京通", "恒泰", "佳和", "世纪星",
            "蓝海", "安达", "锦程", "宏图", "远航"};
    private static final String[] COMPANY_KIND = {"科技有限公司", "物流有限公司", "餐饮管理有限公司", "建筑劳务有限公司", "装饰工程有限公司",
            "商贸有限公司", "物业管理有限公司", "文化传媒有限公司", "保洁服务有限公司"};
    private static final String[] HOSPITALS = {"北京协和医院", "北京大学人民医院", "北京大学第三医院", "首都医科大学附属北京朝阳医院",
            "首都医科大学宣武医院", "首都医科大学附属北京天坛医院", "北京积水潭医院", "中日友好医院", "首都医科大学附属北京儿童医院",
            "北京世纪坛医院", "区中医医院", "区妇幼保健院", "社区卫生服务中心"};
    private static final String[] LINES = {"地铁1号线", "地铁2号线", "地铁4号线", "地铁5号线", "地铁6号线", "地铁8号线", "地铁10号线",
            "地铁13号线", "地铁14号线", "地铁15号线", "昌平线", "房山线", "亦庄线", "大兴线", "八通线", "地铁17号线", "地铁19号线"};
    private static final String[] TIMES = {"凌晨1点", "凌晨3点", "早上6点", "早上7点多", "上午9点", "上午10点", "中午12点", "下午2点",
            "下午4点", "傍晚6点", "晚上8点", "晚上10点", "晚上11点"};

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

    final List<Template> templates;

    private DemoTexts(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    static DemoTexts load() {
        List<Template> templates = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("demo/requests.txt").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", 6);
                if (f.length != 6) {
                    throw new IllegalStateException("demo/requests.txt: bad line " + line);
                }
                templates.add(new Template(f[0], RequestType.valueOf(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), f[4], f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoTexts(templates);
    }

    /**
     * Fills the slots of one ticket's texts. Each slot keeps its first value for the ticket, so the
     * subject, the content and the address speak of the same compound and building.
     */
    static final class Filler {
        private final Place place;
        private final Random random;
        private final Instant when;
        private final ZoneId zone;
        private final java.util.Map<String, String> values = new java.util.HashMap<>();

        Filler(Place place, Random random, Instant when, ZoneId zone) {
            this.place = place;
            this.random = random;
            this.when = when;
            this.zone = zone;
        }

        String fill(String text) {
            Matcher m = SLOT.matcher(text);
            StringBuilder out = new StringBuilder(text.length() + 40);
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(get(m.group(1))));
            }
            m.appendTail(out);
            return out.toString();
        }

        String get(String slot) {
            return values.computeIfAbsent(slot, k -> slot(k, place, random, when, zone));
        }

        String address() {
            String compound = get("小区");
            return place.district().name() + place.street().name() + compound + get("楼") + (compound.endsWith("村") ? "号" : "号楼");
        }
    }

    private static String slot(String name, Place p, Random r, Instant when, ZoneId zone) {
        String streetShort = DemoCity.shortName(p.street().name());
        String communityBase = p.community().replaceAll("(社区|村)$", "");
        return switch (name) {
            case "区" -> p.district().name();
            case "街" -> p.street().name();
            case "社区" -> p.community();
            case "小区" -> p.community().endsWith("村") ? p.community() : communityBase + pick(r, COMPOUND_SUFFIX);
            case "楼" -> String.valueOf(1 + r.nextInt(28));
            case "单元" -> String.valueOf(1 + r.nextInt(6));
            case "室" -> (1 + r.nextInt(24)) + "0" + (1 + r.nextInt(4));
            case "路" -> (r.nextBoolean() ? streetShort : communityBase) + pick(r, ROAD_SUFFIX);
            case "商户" -> pick(r, SHOP_PREFIX) + pick(r, SHOPS);
            case "公司" -> "北京" + pick(r, COMPANY_WORDS) + pick(r, COMPANY_KIND);
            case "医院" -> {
                String h = pick(r, HOSPITALS);
                yield h.startsWith("区") || h.startsWith("社区") ? p.district().name().replace("区", "") + h : h;
            }
            case "学校" -> streetShort + (r.nextBoolean() ? "中心小学" : "第" + "一二三四五".charAt(r.nextInt(5)) + "中学");
            case "公交" -> (1 + r.nextInt(990)) + "路公交车";
            case "地铁" -> pick(r, LINES);
            case "站" -> streetShort + "站";
            case "天" -> String.valueOf(2 + r.nextInt(14));
            case "月" -> String.valueOf(1 + r.nextInt(6));
            case "次" -> String.valueOf(3 + r.nextInt(8));
            case "时刻" -> pick(r, TIMES);
            case "金额" -> String.valueOf((2 + r.nextInt(60)) * 500);
            case "人数" -> String.valueOf(5 + r.nextInt(60));
            case "日期" -> {
                ZonedDateTime d = when.atZone(zone).minusDays(r.nextInt(6));
                yield d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            }
            default -> "{" + name + "}";
        };
    }

    static String requesterName(Random r) {
        return pick(r, SURNAMES) + (r.nextBoolean() ? "先生" : "女士");
    }

    /** A made-up mobile number: 1[3-9] and nine digits. */
    static String phone(Random r) {
        StringBuilder s = new StringBuilder("1").append(3 + r.nextInt(7));
        for (int i = 0; i < 9; i++) {
            s.append(r.nextInt(10));
        }
        return s.toString();
    }

    static String reply(Random r, String unitName, String subject, int kind) {
        String[] pool = switch (kind) {
            case 0 -> REPLIES_DONE;
            case 1 -> REPLIES_PARTLY;
            default -> REPLIES_EXPLAINED;
        };
        return pick(r, pool).replace("{单位}", unitName).replace("{事项}", subject);
    }

    static String answer(Random r, String subject, String district) {
        return pick(r, ANSWERS).replace("{事项}", subject.replaceFirst("^咨询", "")).replace("{区}", district);
    }

    static String returnReason(Random r, String neighbour) {
        return pick(r, RETURN_REASONS).replace("{相邻}", neighbour);
    }

    static String extensionReason(Random r) {
        return pick(r, EXTENSION_REASONS);
    }

    static String terminateReason(Random r) {
        return pick(r, TERMINATE_REASONS);
    }

    static String superviseNote(Random r) {
        return pick(r, SUPERVISE_NOTES);
    }

    static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
