package org.minhu.knowledge;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * An article's rich text made safe: paragraphs, lists, tables, headings, emphasis and links
 * (which open nothing but http, https and mail) are kept; scripts, styles, event handlers,
 * images and anything else are dropped. Its plain text is what the index reads.
 */
final class ArticleBody {

    private static final Safelist SAFE = Safelist.relaxed().removeTags("img").addAttributes("a", "target")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private ArticleBody() {
    }

    static String clean(String html) {
        return Jsoup.clean(html, SAFE);
    }

    static String text(String html) {
        return Jsoup.parse(html).text();
    }
}
