package io.newsdesk.sanitize;

/**
 * Ids in sanitized SVG and the references to them ({@code href="#id"}, {@code fill="url(#id)"}).
 * Ids are written with a prefix, and references get the same one, so a fragment can only name and
 * reach its own elements: never an element of the reader's page (an icon a {@code use} could
 * borrow, an id the reader's script looks up). A name already carrying the prefix keeps it, so
 * sanitizing sanitized markup changes nothing.
 */
final class FragmentIds {

    /** What every id in sanitized content starts with; the reader's own ids never do. */
    static final String PREFIX = "content-";

    private FragmentIds() {}

    /** The id to write for {@code id}, or {@code null} when it is empty or has white space (no valid id does). */
    static String id(String id) {
        if (id.isEmpty() || hasWhitespace(id)) {
            return null;
        }
        return id.startsWith(PREFIX) ? id : PREFIX + id;
    }

    /** The reference to write for {@code href}, or {@code null} unless it names an element of the fragment ({@code #id}). */
    static String reference(String href) {
        String trimmed = href.strip();
        if (!trimmed.startsWith("#")) {
            return null;
        }
        String id = id(trimmed.substring(1));
        return id == null ? null : "#" + id;
    }

    /**
     * The value of a presentation attribute with every CSS {@code url()} in it made a reference to
     * the fragment's own elements, or {@code null} when one points anywhere else. A backslash (a
     * CSS escape, which could spell {@code url(} unseen) makes the whole value unusable.
     */
    static String withLocalUrls(String value) {
        if (value.indexOf('\\') >= 0) {
            return null;
        }
        int url = indexOfUrl(value, 0);
        if (url < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + PREFIX.length());
        int copied = 0;
        while (url >= 0) {
            int open = url + "url(".length();
            int close = value.indexOf(')', open);
            String target = close < 0 ? null : reference(value.substring(open, close));
            if (target == null) {
                return null;
            }
            out.append(value, copied, url).append("url(").append(target).append(')');
            copied = close + 1;
            url = indexOfUrl(value, copied);
        }
        return out.append(value, copied, value.length()).toString();
    }

    /** Where the next {@code url(} starts, in any case, or -1. */
    private static int indexOfUrl(String value, int from) {
        for (int i = from; i <= value.length() - 4; i++) {
            if (value.regionMatches(true, i, "url(", 0, 4)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
