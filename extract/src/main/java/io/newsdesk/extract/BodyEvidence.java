package io.newsdesk.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * The article body a page states in its JSON-LD, used as evidence of which markup holds the
 * article: a paragraph whose word sequences occur in the stated body is article text.
 *
 * <p>Words are compared in overlapping triples, lower-cased, so that markup differences
 * (entities, whitespace, inline tags) do not matter but a navigation label that happens to share
 * a word or two with the article does not count.
 */
final class BodyEvidence {

    /** Stated bodies shorter than this are summaries or paywall teasers: no evidence. */
    static final int MIN_BODY_CHARS = 400;

    static final BodyEvidence NONE = new BodyEvidence(Set.of());

    private final Set<Long> trigrams;

    private BodyEvidence(Set<Long> trigrams) {
        this.trigrams = trigrams;
    }

    static BodyEvidence of(String articleBody) {
        if (articleBody == null || articleBody.length() < MIN_BODY_CHARS) {
            return NONE;
        }
        Set<Long> trigrams = new HashSet<>();
        forEachTrigram(PlainText.clean(articleBody), trigrams::add);
        return trigrams.isEmpty() ? NONE : new BodyEvidence(trigrams);
    }

    boolean isPresent() {
        return !trigrams.isEmpty();
    }

    /**
     * The share of the text's word triples that occur in the stated body, from 0 to 1; -1 when the
     * text is too short to judge (fewer than three words).
     */
    double coverage(String text) {
        int[] found = new int[2];
        forEachTrigram(text, trigram -> {
            found[0]++;
            if (trigrams.contains(trigram)) {
                found[1]++;
            }
        });
        return found[0] == 0 ? -1 : (double) found[1] / found[0];
    }

    private interface TrigramSink {
        void accept(long trigram);
    }

    private static void forEachTrigram(String text, TrigramSink sink) {
        if (text == null) {
            return;
        }
        long first = 0;
        long second = 0;
        int words = 0;
        int hash = 0;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                hash = 31 * hash + Character.toLowerCase(c);
                inWord = true;
            } else if (inWord) {
                words++;
                if (words >= 3) {
                    sink.accept(first * 1_000_003L * 1_000_003L + second * 1_000_003L + hash);
                }
                first = second;
                second = hash;
                hash = 0;
                inWord = false;
            }
        }
    }
}
