package io.newsdesk.parse;

/**
 * The bounds that keep a hostile or broken document from exhausting memory or time.
 *
 * @param maxDocumentBytes the largest document read at all; larger ones are rejected
 * @param maxEntries how many entries are kept; the rest are dropped and the cut is noted
 * @param maxTextLength how many characters one field may have; longer ones are cut and noted
 * @param maxDepth how deeply elements (or JSON values) may nest; deeper documents are rejected
 */
public record ParseLimits(int maxDocumentBytes, int maxEntries, int maxTextLength, int maxDepth) {

    /** Generous for real feeds (large podcast feeds included), small enough to be safe. */
    public static final ParseLimits DEFAULTS = new ParseLimits(32 * 1024 * 1024, 10_000, 1_000_000, 256);

    public ParseLimits {
        if (maxDocumentBytes <= 0 || maxEntries <= 0 || maxTextLength <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
