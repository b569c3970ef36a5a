package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body's UTF-8 check, fed in pieces as a servlet stream hands them over. */
class StrictUtf8Test {

    private static final List<String> MALFORMED = List.of("ff", "fe", "80", "bf", "c080", "c181", "c0af", "e08080",
            "e080af", "f0808080", "eda080", "edbfbf", "f4908080", "f888808080", "e4b8", "e4", "c3", "e44141");

    @Test
    void aCharacterSplitAcrossReadsIsWellFormed() {
        byte[] text = "油烟扰民😀,ok".getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= text.length; cut++) {
            for (int second = cut; second <= text.length; second++) {
                StrictUtf8 check = new StrictUtf8();
                int a = cut;
                int b = second;
                assertThatCode(() -> {
                    check.accept(text, 0, a);
                    check.accept(text, a, b - a);
                    check.accept(text, b, text.length - b);
                    check.end();
                }).as("cut at %d and %d", a, b).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aLongBodyInOddPiecesIsWellFormed() {
        byte[] text = "噪".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        StrictUtf8 check = new StrictUtf8();
        assertThatCode(() -> {
            for (int at = 0; at < text.length; at += 7) {
                check.accept(text, at, Math.min(7, text.length - at));
            }
            check.end();
        }).doesNotThrowAnyException();
    }

    @Test
    void malformedSequencesAreRefusedWhereverTheReadsSplitThem() {
        for (String hex : MALFORMED) {
            byte[] body = body(HexFormat.of().parseHex(hex));
            for (int cut = 0; cut <= body.length; cut++) {
                StrictUtf8 check = new StrictUtf8();
                int at = cut;
                assertThatThrownBy(() -> {
                    check.accept(body, 0, at);
                    check.accept(body, at, body.length - at);
                    check.end();
                }).as("%s cut at %d", hex, at).isInstanceOf(RequestBodyGuard.NotUtf8.class);
            }
        }
    }

    @Test
    void byteByByteAsWell() throws Exception {
        StrictUtf8 good = new StrictUtf8();
        for (byte b : "张三".getBytes(StandardCharsets.UTF_8)) {
            good.accept(b & 0xFF);
        }
        good.end();
        StrictUtf8 overlong = new StrictUtf8(); // E0 80 80: NUL in three bytes
        overlong.accept(0xE0);
        assertThatThrownBy(() -> {
            overlong.accept(0x80);
            overlong.accept(0x80);
        }).isInstanceOf(RequestBodyGuard.NotUtf8.class);
    }

    @Test
    void aTruncatedCharacterIsRefusedAtTheEndAndAgainOnEveryLaterEnd() throws Exception {
        StrictUtf8 check = new StrictUtf8();
        check.accept(new byte[] {'"', (byte) 0xE5, (byte) 0xBC}, 0, 3);
        assertThatThrownBy(check::end).isInstanceOf(RequestBodyGuard.NotUtf8.class);
        assertThatThrownBy(check::end).isInstanceOf(RequestBodyGuard.NotUtf8.class);
    }

    /** The bad bytes inside a JSON string, as a hostile client would send them. */
    private static byte[] body(byte[] bad) {
        byte[] before = "{\"content\":\"前".getBytes(StandardCharsets.UTF_8);
        byte[] after = "后\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[before.length + bad.length + after.length];
        System.arraycopy(before, 0, body, 0, before.length);
        System.arraycopy(bad, 0, body, before.length, bad.length);
        System.arraycopy(after, 0, body, before.length + bad.length, after.length);
        return body;
    }
}
