package io.newsdesk.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Gathers the article around the best-scoring element: the article is often split across
 * siblings (paragraph groups between ad slots, a lead paragraph outside the body wrapper), so
 * siblings that score well, or read as prose on their own, join it; headings, figures, lists and
 * quotes lying between joined siblings join too.
 */
final class ContentAssembler {

    /** Siblings scoring this share of the top element's score (or {@value #MIN_SIBLING_SCORE}). */
    private static final double SIBLING_SHARE = 0.2;
    private static final double MIN_SIBLING_SCORE = 10;
    private static final int LONG_PARAGRAPH = 80;

    private static final Set<String> BETWEEN_TAGS = Set.of(
            "h2", "h3", "h4", "h5", "h6", "figure", "picture", "img", "blockquote", "ul", "ol",
            "table", "pre");

    private ContentAssembler() {}

    /** A new detached {@code <div>} holding the article's elements, moved out of the page. */
    static Element assemble(Element top, Element body, ContentScorer.Result scoring,
            TextStats stats) {
        Element container = new Element("div");
        if (top == body || top.parent() == null) {
            container.appendChildren(top.childNodesCopy());
            return container;
        }
        Map<Element, Double> scores = scoring.scores();
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
        String topClass = top.className();
        List<Element> siblings = top.parent().children();
        boolean[] joined = new boolean[siblings.size()];
        int first = -1;
        int last = -1;
        for (int i = 0; i < siblings.size(); i++) {
            Element sibling = siblings.get(i);
            joined[i] = sibling == top || (!scoring.boilerplate().contains(sibling)
                    && joins(sibling, scores, stats, threshold,
                            !topClass.isEmpty() && topClass.equals(sibling.className())
                                    ? topScore * SIBLING_SHARE : 0));
            if (joined[i]) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = first; i <= last; i++) {
            Element sibling = siblings.get(i);
            if (joined[i] || (BETWEEN_TAGS.contains(sibling.normalName())
                    && !scoring.boilerplate().contains(sibling)
                    && stats.of(sibling).linkDensity() < 0.5)) {
                container.appendChild(sibling);
            }
        }
        return container;
    }

    private static boolean joins(Element sibling, Map<Element, Double> scores, TextStats stats,
            double threshold, double sameClassBonus) {
        Double score = scores.get(sibling);
        if (score != null && score + sameClassBonus >= threshold) {
            return true;
        }
        TextStats.Counts counts = stats.of(sibling);
        if (!ContentScorer.isParagraph(sibling, counts)) {
            return false;
        }
        double linkDensity = counts.linkDensity();
        if (counts.chars > LONG_PARAGRAPH) {
            return linkDensity < 0.25;
        }
        return counts.chars > 0 && linkDensity == 0 && endsSentence(sibling.text());
    }

    private static boolean endsSentence(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") || trimmed.contains(". ");
    }
}
