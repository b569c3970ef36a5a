package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference CSV reader: the shapes the shipped files use, and the ones they must not. */
class ReferenceCsvTest {

    @Test
    void csvFieldsMayBeQuoted() {
        assertThat(read("w,x,y,z\na,\"b, c\",\"d \"\"e\"\"\",\n"))
                .containsExactly(Map.of("w", "a", "x", "b, c", "y", "d \"e\"", "z", ""));
    }

    @Test
    void aByteOrderMarkCommentsAndEmptyLinesArePassedOver() {
        assertThat(read("\uFEFF# what the file is\ncode,name\n\n110101000000,东城区\n# a note\n \t\n110102000000,西城区\n"))
                .containsExactly(Map.of("code", "110101000000", "name", "东城区"),
                        Map.of("code", "110102000000", "name", "西城区"));
    }

    @Test
    void missingTrailingFieldsReadAsEmptyAndValuesAreStripped() {
        assertThat(read("code,name,population\n D1 , 市交通委 \nD2,市水务局,\n"))
                .containsExactly(Map.of("code", "D1", "name", "市交通委", "population", ""),
                        Map.of("code", "D2", "name", "市水务局", "population", ""));
    }

    @Test
    void aRecordWithMoreFieldsThanTheHeaderIsAnError() {
        assertThatThrownBy(() -> read("code,name\nD1,市交通委,extra\n")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aHeaderAloneHasNoRecordsAndAFileWithoutAHeaderIsAnError() {
        assertThat(read("code,name\n")).isEmpty();
        // an empty file shipped by mistake must stop the start, not load nothing
        assertThatThrownBy(() -> read("")).hasMessageContaining("header");
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> ReferenceCsv.read("reference/none.csv")).hasMessageContaining("reference/none.csv");
    }

    private static List<Map<String, String>> read(String text) {
        return ReferenceCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
