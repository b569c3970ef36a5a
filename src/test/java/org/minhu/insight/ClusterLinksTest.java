package org.minhu.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Near-identical texts cluster one link at a time; a text alike to none stays out. */
class ClusterLinksTest {

    @Test
    void textsJoinThroughTheirNearestNeighbourAndStraysStayOut() {
        List<String> texts = List.of(
                "12号楼楼下烧烤店油烟很大，熏得家里全是味",
                "12号楼楼下的烧烤店油烟很大，家里全是味",
                "楼下烧烤店油烟熏得家里全是味，12号楼",
                "小区门口井盖缺失，晚上很危险",
                "12号楼楼下烧烤店油烟很大熏得家里全是味道，晚上还吵");
        List<List<Integer>> clusters = ClusterLinks.of(texts, 0.5, 3);
        assertThat(clusters).hasSize(1);
        assertThat(clusters.getFirst()).containsExactlyInAnyOrder(0, 1, 2, 4);
        assertThat(ClusterLinks.of(texts, 0.5, 5)).as("four alike are not five").isEmpty();
    }

    @Test
    void likenessIsTheShareOfBigramsInCommon() {
        assertThat(TextLikeness.of("停车收费", "停车收费")).isEqualTo(1.0);
        assertThat(TextLikeness.of("停车收费", "噪音扰民")).isZero();
        // 停车 车收 收费 against 停车 车难: one shared of five bigrams in all, twice
        assertThat(TextLikeness.of("停车收费", "停车难")).isEqualTo(2.0 / 5);
        // punctuation breaks the run: 停车 and 收费 against 停车, 车收 and 收费
        assertThat(TextLikeness.of("停车，收费", "停车收费")).isEqualTo(0.8);
    }
}
