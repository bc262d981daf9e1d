package io.newsdesk.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what the gathered article still carries besides its text. First what is known not to
 * be content: clutter found while scoring, the headline (a separate field), header and footer
 * blocks, metadata microdata and short paragraphs named as metadata (a visible byline), clusters
 * of links, "Advertisement" labels. Then, for articles,
 * blocks that do not read like article prose: link lists, image strips, fragments, blocks named
 * like clutter; blocks with plenty of commas are prose and stay whatever they are called.
 * Elements left empty go last.
 */
final class ContentCleaner {

    /** Labels ad slots and promotions leave behind as text. */
    private static final Set<String> LABELS = Set.of(
            "advertisement", "advertisements", "advertising", "ad", "sponsored", "sponsored content",
            "story continues below advertisement", "article continues below advertisement",
            "continue reading below", "scroll to continue with content", "skip advertisement",
            "related", "related articles", "related stories", "read more", "see also",
            "recommended", "share this article", "share", "tweet");

    private static final int MAX_LABEL_CHARS = 40;
    private static final double LINK_CLUSTER_DENSITY = 0.9;
    private static final int MAX_METADATA_ITEM_CHARS = 200;
    private static final int PROSE_COMMAS = 10;
    /** Link density beyond which lists, and blocks named like content, are navigation. */
    private static final double MAX_LIST_LINK_DENSITY = 0.5;
    /** Link density beyond which other blocks are navigation or teasers. */
    private static final double MAX_BLOCK_LINK_DENSITY = 0.2;
    /** Several images with this little text and fewer paragraphs are an image strip. */
    private static final int MAX_GALLERY_CHARS = 200;

    private static final Set<String> CONDITIONAL_TAGS =
            Set.of("div", "section", "table", "ul", "ol", "dl", "form", "figure", "header",
                    "footer", "details");

    private static final Set<String> REMOVABLE_WHEN_EMPTY = Set.of(
            "p", "div", "section", "article", "span", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "li", "dl", "blockquote", "figure", "figcaption", "table", "header", "footer", "a",
            "strong", "em", "b", "i", "font", "center", "main");

    private final ClassHints hints;
    private final Set<Element> boilerplate;
    private final Map<Element, Double> scores;
    private final Element top;
    private final String title;

    ContentCleaner(ClassHints hints, ContentScorer.Result scoring, String title) {
        this.hints = hints;
        this.boilerplate = scoring.boilerplate();
        this.scores = scoring.scores();
        this.top = scoring.top();
        this.title = title == null ? null : normalize(title);
    }

    /** Removes what is known not to be content: found while scoring, or recognisable here. */
    void removeClutter(Element container) {
        removeKnownClutter(container, TextStats.measure(container));
    }

    /**
     * Removes blocks that do not read like article prose, then what was left empty.
     *
     * @param stats the measurements of the container as it is now
     */
    void removeUnlikeContent(Element container, TextStats stats) {
        removeUnlikeBlocks(container, stats);
        removeEmpty(container, TextStats.measure(container));
    }

    private void removeKnownClutter(Element container, TextStats stats) {
        int containerChars = stats.of(container).chars;
        filter(container, element -> {
            TextStats.Counts counts = stats.of(element);
            if (boilerplate.contains(element) || isMetadataItem(element, counts)) {
                return true;
            }
            if (isLinkCluster(element, counts) && !holdsSmallerCluster(element, stats)) {
                return true;
            }
            return switch (element.normalName()) {
                case "h1" -> true;
                case "header", "footer" -> counts.chars < containerChars / 3;
                case "h2", "h3", "h4", "h5", "h6" -> hints.of(element).weight() < 0
                        || repeatsTitle(element, counts) || isLabel(element, counts);
                case "p" -> repeatsTitle(element, counts) || isLabel(element, counts)
                        || isNamedMetadata(element, counts);
                case "div" -> repeatsTitle(element, counts) || isLabel(element, counts);
                default -> false;
            };
        });
    }

    /** Blocks that do not read like content go; the element chosen as the article stays. */
    private void removeUnlikeBlocks(Element container, TextStats stats) {
        filter(container, element -> element != top
                && CONDITIONAL_TAGS.contains(element.normalName())
                && isUnlikeContent(element, stats.of(element)));
    }

    private boolean isUnlikeContent(Element element, TextStats.Counts counts) {
        int weight = hints.of(element).weight();
        if (weight + scores.getOrDefault(element, 0.0) < 0) {
            return true;
        }
        if (counts.commas >= PROSE_COMMAS) {
            return false;
        }
        String tag = element.normalName();
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        double linkDensity = counts.linkDensity();
        if (tag.equals("figure")) {
            return counts.images == 0 && counts.embeds == 0
                    || linkDensity > MAX_LIST_LINK_DENSITY;
        }
        if (counts.images > 1 && counts.paragraphs * 2 < counts.images
                && counts.chars < MAX_GALLERY_CHARS) {
            return true;
        }
        if (counts.inputs > counts.paragraphs / 3) {
            return true;
        }
        if (!list && counts.chars < ContentScorer.MIN_PARAGRAPH_CHARS && counts.headings == 0
                && (counts.images == 0 || counts.images > 2) && counts.embeds == 0) {
            return true;
        }
        // A wrapper around a single paragraph is judged as that paragraph: prose cites its
        // sources in links.
        boolean singleParagraph = counts.paragraphs == 1 && counts.headings == 0
                && counts.links <= 2;
        if (list || singleParagraph || weight >= ClassHints.WEIGHT) {
            return linkDensity > MAX_LIST_LINK_DENSITY;
        }
        return linkDensity > MAX_BLOCK_LINK_DENSITY;
    }

    /**
     * Microdata that restates the article's metadata (author, publisher, dates, an image object
     * without an image) is often hidden by CSS; it is never body text. Only short elements
     * qualify: templates also put such properties on the element holding the whole article.
     */
    private static boolean isMetadataItem(Element element, TextStats.Counts counts) {
        String itemprop = element.attr("itemprop");
        if (itemprop.isEmpty() || counts.chars > MAX_METADATA_ITEM_CHARS) {
            return false;
        }
        return switch (itemprop.strip()) {
            case "author", "publisher", "datePublished", "dateModified", "dateCreated",
                    "keywords", "thumbnailUrl" -> true;
            case "image" -> element.getElementsByTag("img").isEmpty();
            default -> false;
        };
    }

    /**
     * A short paragraph named as page metadata ("byline", "dateline", "credit"): a visible byline
     * or date line inside the article's markup, which the metadata fields carry instead.
     */
    private boolean isNamedMetadata(Element element, TextStats.Counts counts) {
        return counts.chars <= MAX_METADATA_ITEM_CHARS && hints.of(element).weight() < 0;
    }

    /**
     * Text made of links and nothing else: a paragraph that is one link to another story, or
     * a cluster of links (a pop-up of related stories inside a sentence, a row of tags). Prose
     * around the links is what makes them part of the article.
     */
    private static boolean isLinkCluster(Element element, TextStats.Counts counts) {
        if (element.nameIs("a") || counts.chars == 0
                || counts.linkDensity() < LINK_CLUSTER_DENSITY) {
            return false;
        }
        return counts.links >= 3 || element.nameIs("p");
    }

    /**
     * Whether a cluster of links is inside this one: that one goes, and with it only the
     * related stories a name link pops up, not the name itself.
     */
    private static boolean holdsSmallerCluster(Element element, TextStats stats) {
        for (Element child : element.children()) {
            TextStats.Counts counts = stats.of(child);
            if (counts.links >= 3 && isLinkCluster(child, counts)) {
                return true;
            }
        }
        return false;
    }

    private boolean repeatsTitle(Element element, TextStats.Counts counts) {
        return title != null && Math.abs(counts.chars - title.length()) <= 3
                && normalize(element.text()).equals(title);
    }

    private static boolean isLabel(Element element, TextStats.Counts counts) {
        return counts.chars <= MAX_LABEL_CHARS && counts.images == 0
                && LABELS.contains(lettersAndSpaces(normalize(element.text())));
    }

    private static void removeEmpty(Element container, TextStats stats) {
        filter(container, element -> {
            TextStats.Counts counts = stats.of(element);
            return counts.chars == 0 && counts.images == 0 && counts.embeds == 0
                    && REMOVABLE_WHEN_EMPTY.contains(element.normalName());
        });
    }

    /** "Advertisement:" and "— Related —" read as their words. */
    private static String lettersAndSpaces(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) || c == ' ') {
                letters.append(c);
            }
        }
        return letters.toString().strip();
    }

    private static String normalize(String text) {
        return PlainText.collapseWhitespace(text).toLowerCase(Locale.ROOT);
    }

    /** Removes, top-down, every element under the container that the rule says should go. */
    private static void filter(Element container, Predicate<Element> remove) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == container || !(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                return remove.test(element) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        }, container);
    }
}
