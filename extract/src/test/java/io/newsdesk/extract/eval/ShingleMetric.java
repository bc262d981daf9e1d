package io.newsdesk.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction-benchmark's quality metric (scrapinghub/article-extraction-benchmark,
 * {@code evaluate.py}), reproduced exactly so that our figures compare with published ones.
 *
 * <ul>
 *   <li>Tokens are the runs of Python's Unicode {@code \w}: letters, digits (any numeric
 *       character) and the underscore. Case is kept.
 *   <li>Shingles are the runs of 4 consecutive tokens; a text of 1–3 tokens is one shingle, an
 *       empty text none.
 *   <li>Per page, true positives, false positives and false negatives come from the multiset
 *       counts of shingles, and are then divided by their sum so that every page weighs the same.
 *   <li>Precision is averaged over the pages that predicted any shingle, recall over the pages
 *       whose truth has any; F1 is the harmonic mean of the two averages.
 * </ul>
 */
public final class ShingleMetric {

    static final int SHINGLE_SIZE = 4;

    /** One page's normalised true positives, false positives and false negatives. */
    public record PageCounts(double tp, double fp, double fn) {

        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fp == 0) {
                return 0;
            }
            return tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fn == 0) {
                return 0;
            }
            return tp / (tp + fn);
        }
    }

    /** Averages over a corpus. */
    public record Scores(double precision, double recall, double f1) {}

    private ShingleMetric() {}

    /** Compares one page's predicted body with the true one. */
    public static PageCounts compare(String truth, String predicted) {
        Map<String, Integer> trueShingles = shingles(truth);
        Map<String, Integer> predictedShingles = shingles(predicted);
        Set<String> keys = new HashSet<>(trueShingles.keySet());
        keys.addAll(predictedShingles.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int trueCount = trueShingles.getOrDefault(key, 0);
            int predictedCount = predictedShingles.getOrDefault(key, 0);
            tp += Math.min(trueCount, predictedCount);
            fp += Math.max(0, predictedCount - trueCount);
            fn += Math.max(0, trueCount - predictedCount);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new PageCounts(tp / sum, fp / sum, fn / sum) : new PageCounts(0, 0, 0);
    }

    /** Precision, recall and F1 over the pages. */
    public static Scores aggregate(List<PageCounts> pages) {
        double precision = pages.stream()
                .filter(p -> p.tp() + p.fp() > 0)
                .mapToDouble(PageCounts::precision)
                .average()
                .orElse(0);
        double recall = pages.stream()
                .filter(p -> p.tp() + p.fn() > 0)
                .mapToDouble(PageCounts::recall)
                .average()
                .orElse(0);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Scores(precision, recall, f1);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        int shingles = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
        for (int i = 0; i < shingles && i < tokens.size(); i++) {
            // Tokens never contain a space, so joining with one keeps shingles distinct.
            String shingle = String.join(" ",
                    tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_SIZE)));
            counts.merge(shingle, 1, Integer::sum);
        }
        return counts;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i <= text.length()) {
            int codePoint = i < text.length() ? text.codePointAt(i) : ' ';
            if (isWordCharacter(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += i < text.length() ? Character.charCount(codePoint) : 1;
        }
        return tokens;
    }

    /** Python's {@code str.isalnum()} or underscore: letters of every kind and numerics. */
    private static boolean isWordCharacter(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER, Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> codePoint == '_';
        };
    }
}
