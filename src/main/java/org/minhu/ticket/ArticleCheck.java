package org.minhu.ticket;

import java.time.Instant;

/**
 * Whether an answer may cite a knowledge article version: provided by the knowledge base, asked
 * when a ticket is answered from an article. It refuses (a {@link org.minhu.platform.MinhuException})
 * a version that does not exist or whose article is not offered at that time (expired, not yet valid).
 */
public interface ArticleCheck {

    void requireOffered(long articleVersion, Instant at);
}
