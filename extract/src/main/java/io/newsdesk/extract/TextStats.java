package io.newsdesk.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measurements of every element under a root, computed in one bottom-up pass so that
 * scoring and cleaning never call {@code text()} on a large subtree. Lengths are of the text with
 * whitespace collapsed, as a reader sees it.
 */
final class TextStats {

    /** Tags that start a block of their own; text beside them is not part of their paragraph. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dd",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
            "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul");

    /** Measurements of one element's subtree. */
    static final class Counts {
        /** Visible characters, whitespace collapsed. */
        int chars;
        /** Characters inside links. */
        int linkChars;
        /** Commas (including CJK and Arabic ones): a cue for prose. */
        int commas;
        /** Characters not inside a block-level descendant: this element's own paragraph text. */
        int inlineChars;
        /** Commas among {@link #inlineChars}. */
        int inlineCommas;
        int paragraphs;
        int links;
        int images;
        int listItems;
        int inputs;
        int headings;
        int embeds;
        /** Whether a block-level element is a direct child. */
        boolean hasBlockChild;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        private void add(Counts child) {
            chars += child.chars;
            linkChars += child.linkChars;
            commas += child.commas;
            paragraphs += child.paragraphs;
            links += child.links;
            images += child.images;
            listItems += child.listItems;
            inputs += child.inputs;
            headings += child.headings;
            embeds += child.embeds;
        }
    }

    private static final Counts EMPTY = new Counts();

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {}

    /** Measures every element under (and including) {@code root}. */
    static TextStats measure(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Measurer(root), root);
        return stats;
    }

    /** The measurements of an element, all zero for one that was not measured. */
    Counts of(Element element) {
        return counts.getOrDefault(element, EMPTY);
    }

    private Counts countsOf(Element element) {
        return counts.computeIfAbsent(element, e -> new Counts());
    }

    private final class Measurer implements NodeVisitor {
        private final Element root;

        Measurer(Element root) {
            this.root = root;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                measureText(text.getWholeText(), countsOf(parent));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            Counts own = countsOf(element);
            String tag = element.normalName();
            switch (tag) {
                case "a" -> {
                    own.linkChars = own.chars;
                    own.links++;
                }
                case "p" -> own.paragraphs++;
                case "img" -> own.images++;
                case "li" -> own.listItems++;
                case "input", "select", "textarea", "button" -> own.inputs++;
                case "h2", "h3", "h4", "h5", "h6" -> own.headings++;
                case "iframe", "embed", "object", "video", "audio" -> own.embeds++;
                default -> {
                    // no count of its own
                }
            }
            if (element == root || !(element.parent() instanceof Element parent)) {
                return;
            }
            Counts parentCounts = countsOf(parent);
            parentCounts.add(own);
            if (BLOCK_TAGS.contains(tag)) {
                parentCounts.hasBlockChild = true;
            } else {
                parentCounts.inlineChars += own.inlineChars;
                parentCounts.inlineCommas += own.inlineCommas;
            }
        }
    }

    private static void measureText(String text, Counts counts) {
        int chars = 0;
        int commas = 0;
        boolean inSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\u00a0') {
                if (!inSpace) {
                    chars++;
                    inSpace = true;
                }
            } else {
                chars++;
                inSpace = false;
                if (c == ',' || c == '，' || c == '、' || c == '،') {
                    commas++;
                }
            }
        }
        counts.chars += chars;
        counts.inlineChars += chars;
        counts.commas += commas;
        counts.inlineCommas += commas;
    }
}
