package io.newsdesk.search;

/**
 * One passage of a highlighted field, rendered as safe HTML.
 *
 * @param start where the passage starts in the field's text
 * @param end where it ends (exclusive)
 * @param score how well it matches (higher is better); zero when nothing in it matched
 * @param matched whether it contains a match; a passage without one is the field's opening,
 *     offered as a fallback
 * @param startsText whether only whitespace precedes it in the field
 * @param endsText whether only whitespace follows it in the field
 * @param html the passage's text, HTML-escaped, whitespace collapsed, matches in {@code <mark>}
 */
record HighlightedPassage(
        int start,
        int end,
        float score,
        boolean matched,
        boolean startsText,
        boolean endsText,
        String html) {

    int length() {
        return end - start;
    }
}
