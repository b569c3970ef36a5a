package org.minhu.knowledge;

/** An article its owner must look at: its review day has come ({@code due}), its answers keep failing, or both. */
public record ReviewItem(ArticleView article, boolean due, boolean failing, ArticleEffect effect) {
}
