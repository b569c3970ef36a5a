package org.minhu.knowledge;

/**
 * How an article's answers went: tickets {@code answered} from any of its versions, and of their
 * first callbacks that reached the citizen ({@code reached}) how many found the problem
 * {@code resolved}, the citizen {@code satisfied} (or basically), and how many {@code failed}
 * (unresolved or dissatisfied). {@code failing}: failures above the threshold on enough callbacks.
 */
public record ArticleEffect(long id, String title, String ownerUnitCode, long answered, long reached, long resolved,
                            long satisfied, long failed, double failRate, boolean failing) {
}
