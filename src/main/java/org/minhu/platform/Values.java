package org.minhu.platform;

/** A refused value as a message may quote it back: at most 40 characters, never null. */
public final class Values {

    private Values() {
    }

    public static String shown(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
