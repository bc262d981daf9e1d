package io.newsdesk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a hit's snippet from the highlighted passages of its standfirst and body: the
 * best-scoring matched passages that fit in about {@value #BUDGET} characters, shown in reading
 * order (standfirst first) with "…" marking the gaps; or, when neither field matched, the opening
 * of the body (of the standfirst when there is no body).
 */
final class SnippetComposer {

    /** Characters of text a snippet aims to stay within; the best passage is always shown. */
    static final int BUDGET = 320;

    private static final String GAP = "…";

    private SnippetComposer() {}

    /** A passage and the field it came from, in reading order: 0 = standfirst, 1 = body. */
    private record Placed(int field, HighlightedPassage passage) {}

    /**
     * The snippet HTML for one hit.
     *
     * @param dek the standfirst's passages, in text order
     * @param body the body's passages, in text order
     */
    static String compose(List<HighlightedPassage> dek, List<HighlightedPassage> body) {
        List<Placed> matched = new ArrayList<>();
        dek.stream().filter(HighlightedPassage::matched).forEach(p -> matched.add(new Placed(0, p)));
        body.stream().filter(HighlightedPassage::matched).forEach(p -> matched.add(new Placed(1, p)));
        if (matched.isEmpty()) {
            return opening(body.isEmpty() ? dek : body);
        }
        return join(best(matched));
    }

    private static String opening(List<HighlightedPassage> passages) {
        return passages.isEmpty() ? "" : join(List.of(new Placed(0, passages.get(0))));
    }

    /** The highest-scoring passages within the budget, back in reading order. */
    private static List<Placed> best(List<Placed> candidates) {
        List<Placed> byScore = new ArrayList<>(candidates);
        byScore.sort(Comparator.comparingDouble((Placed p) -> p.passage().score()).reversed());
        List<Placed> chosen = new ArrayList<>();
        int used = 0;
        for (Placed candidate : byScore) {
            int length = candidate.passage().length();
            if (chosen.isEmpty() || used + length <= BUDGET) {
                chosen.add(candidate);
                used += length;
            }
        }
        chosen.sort(Comparator.comparingInt(Placed::field)
                .thenComparingInt(p -> p.passage().start()));
        return chosen;
    }

    private static String join(List<Placed> passages) {
        StringBuilder html = new StringBuilder();
        Placed previous = null;
        for (Placed current : passages) {
            if (previous == null) {
                html.append(current.passage().startsText() ? "" : GAP + " ");
            } else {
                html.append(continues(previous, current) ? " " : " " + GAP + " ");
            }
            html.append(current.passage().html());
            previous = current;
        }
        if (previous != null && !previous.passage().endsText()) {
            html.append(' ').append(GAP);
        }
        return html.toString();
    }

    /** Whether {@code next} follows {@code previous} in the text with nothing left out between. */
    private static boolean continues(Placed previous, Placed next) {
        if (previous.field() == next.field()) {
            return previous.passage().end() == next.passage().start();
        }
        return previous.passage().endsText() && next.passage().startsText();
    }
}
