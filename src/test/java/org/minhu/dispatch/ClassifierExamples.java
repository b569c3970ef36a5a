package org.minhu.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Hand-written messages of three categories, varied by a seeded shuffle of places and phrases, for fast tests. */
final class ClassifierExamples {

    static final String HEATING = "城乡建设";
    static final String TRAFFIC = "交通运输";
    static final String SCHOOL = "教育文体";

    private static final String[] PLACES = {"A市A3区", "朝阳区望京街道", "海淀区学院路", "丰台区方庄", "西城区金融街", "通州区永顺镇"};
    private static final String[] HEATING_TOPICS = {"小区暖气不热", "供暖温度不达标", "物业不交暖气费就停暖", "楼顶水箱漏水", "老旧小区加装电梯", "小区二次供水有霉味"};
    private static final String[] TRAFFIC_TOPICS = {"公交车站点撤销", "路口红绿灯坏了", "出租车拒载", "地铁站出口封闭", "公交线路绕行太远", "驾驶证换证排队"};
    private static final String[] SCHOOL_TOPICS = {"幼儿园入园难", "小学划片入学", "学校乱收补课费", "中学食堂伙食差", "教师体罚学生", "学位不足孩子上学"};
    private static final String[] ENDINGS = {"请有关部门尽快处理", "希望政府重视", "多次反映没有结果", "居民意见很大"};

    private ClassifierExamples() {
    }

    static List<LabelledText> training() {
        List<LabelledText> texts = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 24; i++) {
            texts.add(example(HEATING, HEATING_TOPICS, random));
            texts.add(example(TRAFFIC, TRAFFIC_TOPICS, random));
            texts.add(example(SCHOOL, SCHOOL_TOPICS, random));
        }
        return texts;
    }

    private static LabelledText example(String label, String[] topics, Random random) {
        String place = PLACES[random.nextInt(PLACES.length)];
        String topic = topics[random.nextInt(topics.length)];
        String other = topics[random.nextInt(topics.length)];
        String ending = ENDINGS[random.nextInt(ENDINGS.length)];
        return new LabelledText(label, place + topic + "，" + place + "居民反映" + other + "，" + ending + "。");
    }
}
