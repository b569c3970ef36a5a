package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which language a reader is answered in: what the request accepts, Chinese when it says nothing of ours. */
class ReaderLanguageTest {

    @Test
    void aReaderWhoAcceptsEnglishFirstReadsEnglish() {
        assertThat(asked("en-US,en;q=0.9,zh;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(asked("en")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void chineseInAnyRegionAndAnyOtherLanguageReadChinese() {
        assertThat(asked("zh-TW")).isEqualTo(ReaderLanguage.CHINESE);
        assertThat(asked("zh")).isEqualTo(ReaderLanguage.CHINESE);
        assertThat(asked("en;q=0.1, zh-CN;q=0.9")).isEqualTo(ReaderLanguage.CHINESE);
        assertThat(asked("fr-FR")).isEqualTo(ReaderLanguage.CHINESE);
    }

    @Test
    void noOrAnUnreadableHeaderIsChinese() {
        assertThat(asked(null)).isEqualTo(ReaderLanguage.CHINESE);
        assertThat(asked("")).isEqualTo(ReaderLanguage.CHINESE);
        assertThat(asked(";;q=x,,")).isEqualTo(ReaderLanguage.CHINESE);
        assertThat(asked("*")).isEqualTo(ReaderLanguage.CHINESE);
    }

    @Test
    void theConsoleStaysChineseWhateverTheBrowserSays() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/tickets");
        page.addHeader("Accept-Language", "en-US,en;q=0.9");
        assertThat(ReaderLanguage.asked(page)).isEqualTo(ReaderLanguage.CHINESE);
    }

    private static Locale asked(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/tickets");
        if (header != null) {
            request.addHeader("Accept-Language", header);
        }
        return ReaderLanguage.asked(request);
    }
}
