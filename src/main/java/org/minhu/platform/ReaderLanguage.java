package org.minhu.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language, Chinese first and English second: the console's choice (cookie
 * {@code minhu-lang}, set by {@code ?lang=}); else, for the API, the request's
 * {@code Accept-Language}; else Chinese. The console does not follow the browser's language: it
 * is Chinese until its user switches, since many offices' browsers are set up in English. The
 * console's pages and every problem the API answers speak it.
 */
@Component("localeResolver")
public class ReaderLanguage extends CookieLocaleResolver {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final List<Locale> SPOKEN = List.of(Locale.forLanguageTag("zh-CN"), Locale.CHINESE, Locale.ENGLISH);

    ReaderLanguage() {
        super("minhu-lang");
        setDefaultLocaleFunction(ReaderLanguage::asked);
    }

    /** For the API, the best spoken language among those the request accepts; Chinese when it names none of ours. */
    static Locale asked(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank() || !Problems.isApi(request)) {
            return CHINESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SPOKEN);
            return best != null && best.getLanguage().equals("en") ? Locale.ENGLISH : CHINESE;
        } catch (IllegalArgumentException unreadable) {
            return CHINESE;
        }
    }

    /** Whether the reader reads English, where problems keep the specific message they were raised with. */
    public static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }
}
