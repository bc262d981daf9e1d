package io.newsdesk.extract.teaser;

import java.util.List;

/**
 * Decides whether the paragraph under a teaser's headline (and age line) is a standfirst (the
 * one-line summary many outlets print between headline and body) or already the first body
 * paragraph.
 *
 * <p>The rule: a standfirst is a single line of at most {@value #MAX_LENGTH} characters with more
 * text after it, and it does not read like body prose: either it does not end like a sentence
 * (standfirsts are usually set without a full stop), or it is a sentence markedly shorter than the
 * body paragraphs that follow (at most {@value #SHORTER_FACTOR} of their median length). A line
 * that leads into the next one (":" or ",") is always body.
 */
final class Standfirst {

    static final int MAX_LENGTH = 280;
    static final double SHORTER_FACTOR = 0.4;

    private Standfirst() {}

    /**
     * @param candidate the first paragraph after the header, trimmed
     * @param singleLine whether it stood alone on its line (not part of a wrapped paragraph)
     * @param following the body paragraphs after it
     */
    static boolean isStandfirst(String candidate, boolean singleLine, List<String> following) {
        if (!singleLine || following.isEmpty() || candidate.length() > MAX_LENGTH) {
            return false;
        }
        if (Sentences.endsWithLeadIn(candidate)) {
            return false;
        }
        if (!Sentences.endsSentence(candidate)) {
            return true;
        }
        return candidate.length() <= SHORTER_FACTOR * medianLength(following);
    }

    private static double medianLength(List<String> paragraphs) {
        int[] lengths = paragraphs.stream().mapToInt(String::length).sorted().toArray();
        int middle = lengths.length / 2;
        return lengths.length % 2 == 1
                ? lengths[middle]
                : (lengths[middle - 1] + lengths[middle]) / 2.0;
    }
}
