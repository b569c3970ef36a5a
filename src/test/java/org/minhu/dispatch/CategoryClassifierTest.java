package org.minhu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minhu.dispatch.ClassifierExamples.HEATING;
import static org.minhu.dispatch.ClassifierExamples.SCHOOL;
import static org.minhu.dispatch.ClassifierExamples.TRAFFIC;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The category classifier without Spring: learns a small hand-written set and keeps what it learnt as bytes. */
class CategoryClassifierTest {

    static CategoryClassifier model;

    @BeforeAll
    static void train() {
        model = CategoryClassifier.train(ClassifierExamples.training());
    }

    @Test
    void suggestsTheObviousCategoryConfidently() {
        assertThat(model.classify("暖气不热", "家里供暖温度只有十五度，暖气片冰凉").category()).isEqualTo(HEATING);
        assertThat(model.classify(null, "早上公交车不停站，站点撤销后要走很远").category()).isEqualTo(TRAFFIC);
        CategorySuggestion school = model.classify("孩子上学", "小学划片入学以后学位不足，幼儿园也进不去");
        assertThat(school.category()).isEqualTo(SCHOOL);
        assertThat(school.unsure()).isFalse();
        assertThat(school.confidence()).isGreaterThanOrEqualTo(model.unsureBelow());
    }

    @Test
    void isUnsureBelowTheThresholdWhenTheTextSpeaksOfTwoCategoriesAlike() {
        CategorySuggestion both = model.classify("暖气不热 红绿灯坏了", "小区暖气不热，路口红绿灯坏了");
        assertThat(both.confidence()).isLessThan(model.unsureBelow());
        assertThat(both.unsure()).isTrue();
        assertThat(List.of(both.category(), both.alternatives().get(0).category())).containsExactlyInAnyOrder(HEATING, TRAFFIC);
    }

    @Test
    void isUnsureWhenTheTextSaysNothingItKnows() {
        assertThat(model.classify("", "？？？").unsure()).isTrue();
        assertThat(model.classify(null, null).unsure()).isTrue();
    }

    @Test
    void offersTheOtherCategoriesAsAlternativesMostLikelyFirst() {
        CategorySuggestion suggestion = model.classify("路口红绿灯坏了", "十字路口的红绿灯坏了好几天");
        assertThat(suggestion.alternatives()).extracting(CategoryGuess::category).containsExactlyInAnyOrder(HEATING, SCHOOL);
        assertThat(suggestion.alternatives().get(0).confidence()).isGreaterThanOrEqualTo(suggestion.alternatives().get(1).confidence());
        double sum = suggestion.confidence() + suggestion.alternatives().stream().mapToDouble(CategoryGuess::confidence).sum();
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void predictsTheSameAfterARoundTripThroughBytes() {
        CategoryClassifier loaded = CategoryClassifier.fromBytes(model.toBytes());
        for (String text : List.of("暖气不热", "出租车拒载", "学校乱收费", "随便说点什么", "")) {
            assertThat(loaded.classify(text)).isEqualTo(model.classify(text));
        }
        assertThat(loaded.categories()).isEqualTo(model.categories());
        assertThat(loaded.toBytes()).isEqualTo(model.toBytes());
    }

    @Test
    void refusesBytesThatAreNotAModelOrOfAnUnknownFormat() {
        byte[] bytes = model.toBytes();
        assertThatThrownBy(() -> CategoryClassifier.fromBytes("hello".getBytes())).hasMessageContaining("not a Minhu category model");
        ByteBuffer.wrap(bytes).putInt(ModelBytes.MAGIC.length, 99);
        assertThatThrownBy(() -> CategoryClassifier.fromBytes(bytes)).hasMessageContaining("format 99");
        byte[] cut = java.util.Arrays.copyOf(model.toBytes(), 200);
        assertThatThrownBy(() -> CategoryClassifier.fromBytes(cut)).hasMessageContaining("not a whole category model");
    }

    @Test
    void needsAtLeastTwoCategoriesToLearn() {
        assertThatThrownBy(() -> CategoryClassifier.train(List.of(new LabelledText("A", "甲"), new LabelledText("A", "乙"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
