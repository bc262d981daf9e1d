package io.newsdesk.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element that holds an article's body by scoring paragraphs and crediting their
 * ancestors: every paragraph of prose adds to its parent's score, and (diminishing with distance)
 * to the next few ancestors, so the element that collects the most prose wins. Commas and length
 * make a paragraph count more; link-heavy candidates are discounted by their link density;
 * class and id names that read like content or clutter shift the scores, and clutter (comments,
 * share bars, related links) is left out entirely. When the page's JSON-LD states the article
 * body, paragraphs found in it count double and paragraphs absent from it count little.
 */
final class ContentScorer {

    /** Shorter text is a label, a caption or a button, not a paragraph. */
    static final int MIN_PARAGRAPH_CHARS = 25;

    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;
    /** Candidates with this share of the top one's prose are its rivals… */
    private static final double RIVAL_SHARE = 0.75;
    /** …and this many rivals under one ancestor mean the article is split among them. */
    private static final int MIN_RIVALS = 3;
    /** A block of the top one's template with this share of its prose is part of the article… */
    private static final double PART_SHARE = 0.2;
    /** …unless gathering the parts takes in this many times their text. */
    private static final double MAX_PARTS_WRAPPER_FACTOR = 1.5;
    /** A clutter-named element holding this share of the page's prose is a layout wrapper. */
    private static final double WRAPPER_SHARE = 0.5;

    /** A paragraph this much of whose word triples the stated body has is stated in it. */
    private static final double STATED_COVERAGE = 0.5;
    private static final double STATED_FACTOR = 2;
    /** A paragraph this little of whose word triples the stated body has is not in it. */
    private static final double UNSTATED_COVERAGE = 0.2;
    private static final double UNSTATED_FACTOR = 0.25;

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre");
    private static final Set<String> CONTAINER_TAGS =
            Set.of("div", "section", "article", "main", "td", "blockquote", "center", "font");

    /** The chosen element and the scores and clutter found on the way. */
    record Result(Element top, Map<Element, Double> scores, Set<Element> boilerplate) {}

    private final TextStats stats;
    private final ClassHints hints;
    private final BodyEvidence evidence;
    private final Map<Element, Double> scores = new LinkedHashMap<>();
    /** The prose credited to each candidate, before tag and name weights and link discount. */
    private final Map<Element, Double> credits = new IdentityHashMap<>();
    private final Set<Element> boilerplate = Collections.newSetFromMap(new IdentityHashMap<>());
    private final int pageProse;

    private ContentScorer(Element body, TextStats stats, ClassHints hints, BodyEvidence evidence) {
        this.stats = stats;
        this.hints = hints;
        this.evidence = evidence;
        TextStats.Counts page = stats.of(body);
        this.pageProse = page.chars - page.linkChars;
    }

    /** Scores the page and picks the element holding the article. */
    static Result score(Element body, TextStats stats, ClassHints hints, BodyEvidence evidence) {
        ContentScorer scorer = new ContentScorer(body, stats, hints, evidence);
        scorer.creditParagraphs(body);
        scorer.discountLinks();
        return new Result(scorer.chooseTop(body), scorer.scores, scorer.boilerplate);
    }

    private void creditParagraphs(Element body) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element != body && isBoilerplate(element)) {
                    boilerplate.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                TextStats.Counts counts = stats.of(element);
                if (isParagraph(element, counts)) {
                    if (counts.chars >= MIN_PARAGRAPH_CHARS) {
                        credit(element.parent(),
                                paragraphScore(element, counts.chars, counts.commas));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (counts.inlineChars >= MIN_PARAGRAPH_CHARS && holdsLooseText(element)) {
                    // Text loose between blocks ("<div>text<br>text<div>…"): its own paragraph.
                    credit(element,
                            paragraphScore(element, counts.inlineChars, counts.inlineCommas));
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    /**
     * Containers whose loose text can be article prose. Not inline elements (their text is
     * their parent's), nor list items, headings or captions, which never carry the article.
     */
    private static boolean holdsLooseText(Element element) {
        return CONTAINER_TAGS.contains(element.normalName()) || element.nameIs("body");
    }

    private boolean isBoilerplate(Element element) {
        if (!hints.of(element).boilerplate()) {
            return false;
        }
        TextStats.Counts counts = stats.of(element);
        return counts.chars - counts.linkChars < WRAPPER_SHARE * pageProse;
    }

    static boolean isParagraph(Element element, TextStats.Counts counts) {
        String tag = element.normalName();
        return PARAGRAPH_TAGS.contains(tag)
                || (CONTAINER_TAGS.contains(tag) && !counts.hasBlockChild);
    }

    private double paragraphScore(Element element, int chars, int commas) {
        double score = 1 + commas + Math.min(chars / 100, 3);
        if (evidence.isPresent()) {
            double coverage = evidence.coverage(element.text());
            if (coverage >= STATED_COVERAGE) {
                score *= STATED_FACTOR;
            } else if (coverage >= 0 && coverage < UNSTATED_COVERAGE) {
                score *= UNSTATED_FACTOR;
            }
        }
        return score;
    }

    private void credit(Element start, double score) {
        Element node = start;
        for (int level = 0; level < ANCESTOR_LEVELS && isScorable(node); level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            double current = scores.containsKey(node) ? scores.get(node) : initialScore(node);
            scores.put(node, current + score / divider);
            credits.merge(node, score / divider, Double::sum);
            node = node.parent();
        }
    }

    private static boolean isScorable(Element node) {
        return node != null && !(node instanceof Document) && !node.nameIs("html");
    }

    private double initialScore(Element element) {
        double tagScore = switch (element.normalName()) {
            case "div", "article" -> 5;
            case "section", "main", "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            case "header", "footer" -> -10;
            default -> 0;
        };
        return tagScore + hints.of(element).weight();
    }

    private void discountLinks() {
        scores.replaceAll((element, score) -> score * (1 - stats.of(element).linkDensity()));
    }

    private Element chooseTop(Element body) {
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue().reversed());
        if (ranked.isEmpty()) {
            return body;
        }
        Element top = ranked.get(0).getKey();
        if (top == body) {
            return body;
        }
        top = sharedAncestorOfRivals(top, ranked, body);
        top = betterScoringAncestor(top, body);
        top = ancestorOfSameTemplateParts(top, body);
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /**
     * When several candidates with nearly as much prose as the top one sit under one ancestor,
     * the article is split across them (paragraph groups between ads or images): the ancestor
     * holds it all. Prose decides here, not names: a list of teasers all named "post" is no
     * article split in parts.
     */
    private Element sharedAncestorOfRivals(Element top, List<Map.Entry<Element, Double>> ranked,
            Element body) {
        double topCredit = credits.getOrDefault(top, 0.0);
        List<Element> rivals = new ArrayList<>();
        for (Map.Entry<Element, Double> entry
                : ranked.subList(1, Math.min(TOP_CANDIDATES, ranked.size()))) {
            if (credits.getOrDefault(entry.getKey(), 0.0) >= RIVAL_SHARE * topCredit) {
                rivals.add(entry.getKey());
            }
        }
        if (rivals.size() < MIN_RIVALS) {
            return top;
        }
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body;
                ancestor = ancestor.parent()) {
            int containing = 0;
            for (Element rival : rivals) {
                if (isAncestor(ancestor, rival)) {
                    containing++;
                }
            }
            if (containing >= MIN_RIVALS) {
                scores.putIfAbsent(ancestor, initialScore(ancestor));
                return ancestor;
            }
        }
        return top;
    }

    /**
     * Long articles are often cut into several blocks of the same template (the same tag and
     * class) between full-width figures or quotes, each in its own wrapper. When other blocks
     * like the top one hold prose too, the article is their closest common ancestor, provided
     * that ancestor is mostly these parts and not the whole page.
     */
    private Element ancestorOfSameTemplateParts(Element top, Element body) {
        String template = top.className();
        if (template.isEmpty()) {
            return top;
        }
        double topCredit = credits.getOrDefault(top, 0.0);
        int partsChars = stats.of(top).chars;
        Element ancestor = top;
        for (Map.Entry<Element, Double> candidate : credits.entrySet()) {
            Element part = candidate.getKey();
            if (part == top || candidate.getValue() < PART_SHARE * topCredit
                    || !part.normalName().equals(top.normalName())
                    || !part.className().equals(template)
                    || isAncestor(part, top) || isAncestor(top, part)) {
                continue;
            }
            partsChars += stats.of(part).chars;
            ancestor = commonAncestor(ancestor, part);
        }
        if (ancestor == top || ancestor == body || ancestor == null
                || stats.of(ancestor).chars > partsChars * MAX_PARTS_WRAPPER_FACTOR) {
            return top;
        }
        scores.putIfAbsent(ancestor, initialScore(ancestor));
        return ancestor;
    }

    private static Element commonAncestor(Element first, Element second) {
        for (Element candidate = first; candidate != null; candidate = candidate.parent()) {
            if (candidate == second || isAncestor(candidate, second)) {
                return candidate;
            }
        }
        return null;
    }

    /** Climbs while an ancestor scores higher than the element below it. */
    private Element betterScoringAncestor(Element top, Element body) {
        double lastScore = scores.getOrDefault(top, 0.0);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != body;
                parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                return parent;
            }
            lastScore = parentScore;
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element element) {
        for (Element node = element.parent(); node != null; node = node.parent()) {
            if (node == ancestor) {
                return true;
            }
        }
        return false;
    }
}
