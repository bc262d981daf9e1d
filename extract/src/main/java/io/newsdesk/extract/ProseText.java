package io.newsdesk.extract;

import io.newsdesk.sanitize.HtmlSanitizer;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The article's running text, for indexing, previews and comparison: the body as plain text
 * without figure captions and photo credits. Those stay in the article's HTML, beside their
 * images, but read as interruptions in the prose.
 */
final class ProseText {

    private static final int MAX_CAPTION_CHARS = 400;

    private ProseText() {}

    /** The plain text of the article; removes its captions, so call it after sanitizing. */
    static String of(Element article) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element element && isCaption(element)
                        ? FilterResult.REMOVE
                        : FilterResult.CONTINUE;
            }
        }, article);
        return HtmlSanitizer.contentToText(article);
    }

    /** A {@code <figcaption>}, or a short element whose class names it a caption or credit. */
    private static boolean isCaption(Element element) {
        if (element.nameIs("figcaption")) {
            return true;
        }
        String classes = element.className();
        if (classes.isEmpty()) {
            return false;
        }
        String lower = classes.toLowerCase(Locale.ROOT);
        return (lower.contains("caption") || lower.contains("credit"))
                && element.text().length() <= MAX_CAPTION_CHARS;
    }
}
