package org.minhu.ticket;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides phone numbers from those who may not see them: at least half the digits of any number,
 * whatever its length (13812345678 → 138******78, 65123456 → 65****56), and the same inside free
 * text for mobile and fixed-line numbers and 18-digit ID numbers.
 */
final class PhoneMask {

    /** An ID number (17 digits and a check digit), a mobile, a fixed line with its area code, a local number. */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![0-9])(?:[0-9]{17}[0-9Xx]|1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}|[0-9]{7,8})(?![0-9Xx])");

    private PhoneMask() {
    }

    static String mask(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        int digits = (int) phone.chars().filter(Character::isDigit).count();
        int shown = digits / 2; // the other half, rounded up, is hidden
        int keepEnd = shown / 2;
        int keepStart = shown - keepEnd;
        StringBuilder masked = new StringBuilder(phone.length());
        int seen = 0;
        for (char c : phone.toCharArray()) {
            if (Character.isDigit(c)) {
                masked.append(seen < keepStart || seen >= digits - keepEnd ? c : '*');
                seen++;
            } else {
                masked.append(c);
            }
        }
        return masked.toString();
    }

    /** The text with every phone or ID number in it masked. */
    static String inText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(mask(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
