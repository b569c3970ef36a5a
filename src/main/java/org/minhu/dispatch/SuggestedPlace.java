package org.minhu.dispatch;

/**
 * Where a request lies: district, street or township ({@code subdistrictCode}), community, each
 * null when not known, found from the {@code ADDRESS} text, the {@code POINT}, or the
 * {@code HISTORY} of earlier tickets at the same address; {@code confidence} 0–1.
 */
public record SuggestedPlace(String districtCode, String subdistrictCode, String communityCode, String source,
                             double confidence) {
}
