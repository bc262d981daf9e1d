package io.newsdesk.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The first pass over a page's body: removes what is never article text whatever the page
 * (scripts, styles, forms controls, embedded frames, navigation and complementary landmarks,
 * hidden elements) and makes lazily loaded images real, including images only present inside
 * {@code <noscript>}.
 */
final class PageCleaner {

    private static final Set<String> NEVER_CONTENT = Set.of(
            "script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "input",
            "button", "select", "textarea", "option", "link", "meta", "nav", "aside", "dialog",
            "menu", "noscript", "map", "frame", "frameset");

    /** ARIA landmarks and widgets that are page furniture, never the article. */
    private static final Set<String> FURNITURE_ROLES = Set.of(
            "navigation", "menu", "menubar", "complementary", "dialog", "alertdialog", "banner",
            "contentinfo", "search", "toolbar", "tablist", "tooltip");

    private PageCleaner() {}

    static void clean(Element body) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                String tag = element.normalName();
                if (tag.equals("noscript")) {
                    salvageImage(element);
                }
                if (NEVER_CONTENT.contains(tag) || isHidden(element) || isFurniture(element)) {
                    return FilterResult.REMOVE;
                }
                if (tag.equals("img")) {
                    LazyImages.resolve(element);
                }
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    /**
     * Lazy-loading pages often put the real image in {@code <noscript>} beside a placeholder;
     * when no usable image precedes it, the noscript image takes its place.
     */
    private static void salvageImage(Element noscript) {
        Element image = noscript.selectFirst("img[src]");
        if (image == null || !LazyImages.isUsable(image.attr("src"))) {
            return;
        }
        Element previous = noscript.previousElementSibling();
        boolean hasUsable = previous != null && previous.nameIs("img")
                && LazyImages.isUsable(previous.attr("src"));
        if (!hasUsable) {
            if (previous != null && previous.nameIs("img")) {
                previous.remove();
            }
            noscript.after(image);
        }
    }

    private static boolean isHidden(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        if (element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    private static boolean isFurniture(Element element) {
        String role = element.attr("role");
        return !role.isEmpty() && FURNITURE_ROLES.contains(role.strip().toLowerCase(Locale.ROOT));
    }
}
