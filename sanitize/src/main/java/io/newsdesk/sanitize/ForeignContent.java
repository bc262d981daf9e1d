package io.newsdesk.sanitize;

import java.util.Locale;
import java.util.Set;

/**
 * The HTML standard's rules for SVG and MathML inside HTML (its "foreign content"), as far as they
 * decide where elements go: the namespace a start tag opens its element in, the HTML tags that
 * break out of foreign content, the foreign elements inside which HTML resumes (integration
 * points), and what an end tag closes there. Following them keeps the sanitizer's idea of each
 * element's namespace the browser's, so that what it checks as an inert SVG element is never
 * read as an HTML one, or the reverse.
 */
final class ForeignContent {

    /** HTML start tags that end the foreign content they appear in and open an HTML element instead. */
    private static final Set<String> BREAKOUT = Set.of(
            "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
            "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr",
            "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u",
            "ul", "var");

    /** A {@code <font>} breaks out only with one of these, which only the HTML element has. */
    private static final Set<String> FONT_BREAKOUT_ATTRIBUTES = Set.of("color", "face", "size");

    /** SVG elements whose content is HTML. */
    private static final Set<String> SVG_HTML_INTEGRATION_POINTS = Set.of("foreignobject", "desc", "title");

    /** MathML elements whose content is HTML, except for MathML's own glyph and alignment marks. */
    private static final Set<String> MATHML_TEXT_INTEGRATION_POINTS = Set.of("mi", "mo", "mn", "ms", "mtext");

    /** The encodings that make a MathML annotation hold HTML. */
    private static final Set<String> HTML_ENCODINGS = Set.of("text/html", "application/xhtml+xml");

    private ForeignContent() {}

    /**
     * The namespace a start tag opens its element in. A tag that breaks out of foreign content
     * first closes the foreign elements it ends (their end tags are written).
     */
    static Namespace startTag(String name, TagAttributes attributes, OpenElements open) {
        int current = open.size() - 1;
        if (current < 0 || open.namespace(current) == Namespace.HTML || resumesHtml(open, current, name)) {
            return switch (name) {
                case "svg" -> Namespace.SVG;
                case "math" -> Namespace.MATHML;
                default -> Namespace.HTML;
            };
        }
        boolean inAnnotation = open.namespace(current) == Namespace.MATHML && open.name(current).equals("annotation-xml");
        if (name.equals("svg") && inAnnotation) {
            return Namespace.SVG;
        }
        if (breaksOut(name, attributes)) {
            breakOut(open);
            return Namespace.HTML;
        }
        return open.namespace(current);
    }

    /** Whether a start tag met in foreign content (outside an integration point) ends it. */
    private static boolean breaksOut(String name, TagAttributes attributes) {
        return BREAKOUT.contains(name) || name.equals("font") && hasAny(attributes, FONT_BREAKOUT_ATTRIBUTES);
    }

    /** Whether an end tag met in foreign content ends it ({@code </br>} is read as {@code <br>}). */
    private static boolean breaksOut(String endTag) {
        return endTag.equals("p") || endTag.equals("br");
    }

    /**
     * Closes what an end tag closes inside foreign content: the innermost foreign element of its
     * name, unless an HTML element comes first, whose rules then apply.
     */
    static void endTag(String name, OpenElements open) {
        if (breaksOut(name)) {
            // </br> never gets here: it is read as <br>.
            breakOut(open);
            TreeRules.endTag(name, open);
            return;
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.namespace(i) == Namespace.HTML) {
                TreeRules.endTag(name, open);
                return;
            }
            if (open.name(i).equalsIgnoreCase(name)) {
                open.closeFrom(i);
                return;
            }
        }
    }

    /**
     * Whether a foreign element is one inside which HTML resumes (the standard's HTML and MathML
     * text integration points).
     *
     * @param name the element's name in lower case, as its start tag has it
     */
    static boolean isIntegrationPoint(Namespace namespace, String name, TagAttributes attributes) {
        return switch (namespace) {
            case SVG -> SVG_HTML_INTEGRATION_POINTS.contains(name);
            case MATHML -> MATHML_TEXT_INTEGRATION_POINTS.contains(name)
                    || name.equals("annotation-xml") && holdsHtml(attributes);
            case HTML -> false;
        };
    }

    private static boolean holdsHtml(TagAttributes attributes) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.name(i).equals("encoding")
                    && HTML_ENCODINGS.contains(attributes.value(i).strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean resumesHtml(OpenElements open, int index, String startTag) {
        return open.isHtmlBoundary(index)
                && !(MATHML_TEXT_INTEGRATION_POINTS.contains(open.name(index))
                        && (startTag.equals("mglyph") || startTag.equals("malignmark")));
    }

    /** Closes foreign elements down to the innermost HTML element or integration point. */
    private static void breakOut(OpenElements open) {
        int i = open.size() - 1;
        while (i >= 0 && open.namespace(i) != Namespace.HTML && !open.isHtmlBoundary(i)) {
            i--;
        }
        open.closeFrom(i + 1);
    }

    private static boolean hasAny(TagAttributes attributes, Set<String> names) {
        for (int i = 0; i < attributes.size(); i++) {
            if (names.contains(attributes.name(i))) {
                return true;
            }
        }
        return false;
    }
}
