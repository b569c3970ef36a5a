package org.minhu.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the slots ({@code {小区}}, {@code {楼}}, {@code {商户}} …) of one ticket's texts. Each slot
 * keeps its first value for the ticket, so the subject, the content and the address speak of the
 * same compound and building.
 */
final class SlotFiller {

    private static final Pattern SLOT = Pattern.compile("\\{([^}]+)}");

    private final Place place;
    private final Dice dice;
    private final Instant when;
    private final ZoneId zone;
    private final Map<String, String> values = new HashMap<>();

    SlotFiller(Place place, Dice dice, Instant when, ZoneId zone) {
        this.place = place;
        this.dice = dice;
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
        return values.computeIfAbsent(slot, this::draw);
    }

    String address() {
        String compound = get("小区");
        return place.district().name() + place.street().name() + compound + get("楼") + (compound.endsWith("村") ? "号" : "号楼");
    }

    private String draw(String name) {
        String streetShort = DemoCity.shortName(place.street().name());
        String communityBase = place.community().replaceAll("(社区|村)$", "");
        return switch (name) {
            case "区" -> place.district().name();
            case "街" -> place.street().name();
            case "社区" -> place.community();
            case "小区" -> place.community().endsWith("村") ? place.community() : communityBase + dice.pick(SlotWords.COMPOUND_SUFFIX);
            case "楼" -> String.valueOf(1 + dice.nextInt(28));
            case "单元" -> String.valueOf(1 + dice.nextInt(6));
            case "室" -> (1 + dice.nextInt(24)) + "0" + (1 + dice.nextInt(4));
            case "路" -> (dice.nextBoolean() ? streetShort : communityBase) + dice.pick(SlotWords.ROAD_SUFFIX);
            case "商户" -> dice.pick(SlotWords.SHOP_PREFIX) + dice.pick(SlotWords.SHOPS);
            case "公司" -> "北京" + dice.pick(SlotWords.COMPANY_WORDS) + dice.pick(SlotWords.COMPANY_KIND);
            case "医院" -> hospital();
            case "学校" -> streetShort + (dice.nextBoolean() ? "中心小学" : "第" + "一二三四五".charAt(dice.nextInt(5)) + "中学");
            case "公交" -> (1 + dice.nextInt(990)) + "路公交车";
            case "地铁" -> dice.pick(SlotWords.LINES);
            case "站" -> streetShort + "站";
            case "天" -> String.valueOf(2 + dice.nextInt(14));
            case "月" -> String.valueOf(1 + dice.nextInt(6));
            case "次" -> String.valueOf(3 + dice.nextInt(8));
            case "时刻" -> dice.pick(SlotWords.TIMES);
            case "金额" -> String.valueOf((2 + dice.nextInt(60)) * 500);
            case "人数" -> String.valueOf(5 + dice.nextInt(60));
            case "日期" -> date();
            default -> "{" + name + "}";
        };
    }

    /** A named hospital, or a district one: 区中医医院 becomes 朝阳中医医院 in 朝阳区. */
    private String hospital() {
        String h = dice.pick(SlotWords.HOSPITALS);
        return h.startsWith("区") || h.startsWith("社区") ? place.district().name().replace("区", "") + h : h;
    }

    /** A day of the last week before the request: people call about what happened lately. */
    private String date() {
        ZonedDateTime d = when.atZone(zone).minusDays(dice.nextInt(6));
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
