package org.minhu.ticket;

/** Hides the middle of a phone number: 13812345678 → 138****5678. */
final class PhoneMask {

    private PhoneMask() {
    }

    static String mask(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        int keepStart = phone.length() >= 11 ? 3 : phone.length() >= 7 ? 2 : 0;
        int keepEnd = phone.length() >= 7 ? 4 : Math.min(2, phone.length() / 2);
        return phone.substring(0, keepStart) + "*".repeat(phone.length() - keepStart - keepEnd)
                + phone.substring(phone.length() - keepEnd);
    }
}
