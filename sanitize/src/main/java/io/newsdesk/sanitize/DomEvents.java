package io.newsdesk.sanitize;

import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks the content of a parsed jsoup element as the tags and text a {@link MarkupHandler}
 * expects, so that a caller with a DOM already need not serialize it for the sanitizer to read it
 * again. Script and style data and comments are skipped, as is the content of raw-text elements
 * (outside SVG and MathML), exactly as {@link HtmlTokenizer} skips them in markup. Text arrives
 * decoded, so character references are written as characters, not as the publisher spelled them.
 */
final class DomEvents {

    private DomEvents() {}

    /** Reports the children of {@code root} (not {@code root} itself) to {@code handler}. */
    static void walk(Element root, MarkupHandler handler) {
        TagAttributes attributes = new TagAttributes();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth == 0) {
                    return FilterResult.CONTINUE;
                }
                if (node instanceof TextNode text) {
                    handler.text(text.getWholeText());
                } else if (node instanceof Element element) {
                    String name = element.normalName();
                    attributes.clear();
                    for (Attribute attribute : element.attributes()) {
                        attributes.add(attribute.getKey().toLowerCase(Locale.ROOT), attribute.getValue());
                    }
                    handler.startTag(name, attributes, false);
                    if (ElementKinds.RAW_TEXT.contains(name) && !handler.inForeignContent()) {
                        return FilterResult.SKIP_CHILDREN;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (depth > 0 && node instanceof Element element
                        && !ElementKinds.VOID.contains(element.normalName())) {
                    handler.endTag(element.normalName());
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }
}
