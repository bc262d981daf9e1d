package io.newsdesk.web.ui;

/** English count phrases ("1 feed", "3 feeds") for the UI's messages. */
public final class Plural {

    private Plural() {}

    /** {@code count} followed by {@code singular}, with an "s" appended unless the count is one. */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** {@code count} followed by the singular or plural noun, for nouns with irregular plurals. */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
