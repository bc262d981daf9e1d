package io.newsdesk.parse.detail;

/**
 * A category or tag.
 *
 * @param term the category itself, or {@code null} when only a label is given
 * @param scheme the vocabulary it belongs to (RSS {@code domain}, Atom {@code scheme}), or {@code null}
 * @param label a human-readable label, or {@code null}
 */
public record Category(String term, String scheme, String label) {

    /** What to show: the label, else the term. */
    public String displayName() {
        return label != null ? label : term;
    }
}
