package io.newsdesk.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Makes lazily loaded images visible without JavaScript: the real URL that lazy-loading scripts
 * would swap in ({@code data-src}, {@code data-original}, a {@code srcset}…) becomes the
 * {@code src}, replacing an empty or placeholder one.
 */
final class LazyImages {

    /** Attributes lazy-loading libraries keep the real image URL in, most specific first. */
    private static final String[] LAZY_SOURCES = {
        "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src",
        "data-full-src", "data-actualsrc", "data-echo", "data-img-src"
    };

    private static final String[] SRCSETS = {"data-srcset", "data-lazy-srcset", "srcset"};

    private static final String[] PLACEHOLDERS = {
        "data:", "about:blank", "blank.gif", "spacer.gif", "pixel.gif", "transparent.gif",
        "placeholder", "1x1", "lazy-load", "lazyload"
    };

    private LazyImages() {}

    /** Sets the image's {@code src} to its real URL where a lazy-loading attribute holds one. */
    static void resolve(Element img) {
        for (String attribute : LAZY_SOURCES) {
            String value = img.attr(attribute).strip();
            if (!value.isEmpty() && !isPlaceholder(value)) {
                img.attr("src", value);
                return;
            }
        }
        if (isUsable(img.attr("src"))) {
            return;
        }
        String fromSrcset = largestInSrcset(img);
        if (fromSrcset == null && img.parent() != null && img.parent().nameIs("picture")) {
            for (Element source : img.parent().getElementsByTag("source")) {
                fromSrcset = largestInSrcset(source);
                if (fromSrcset != null) {
                    break;
                }
            }
        }
        if (fromSrcset != null) {
            img.attr("src", fromSrcset);
        }
    }

    /** Whether the image has a real (not placeholder) source after {@link #resolve}. */
    static boolean isUsable(String src) {
        return !src.isBlank() && !isPlaceholder(src);
    }

    private static boolean isPlaceholder(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        for (String placeholder : PLACEHOLDERS) {
            if (lower.startsWith(placeholder) || lower.contains("/" + placeholder)) {
                return true;
            }
        }
        return false;
    }

    private static String largestInSrcset(Element element) {
        for (String attribute : SRCSETS) {
            String srcset = element.attr(attribute);
            if (!srcset.isBlank()) {
                String largest = Srcset.largest(srcset);
                if (largest != null && !isPlaceholder(largest)) {
                    return largest;
                }
            }
        }
        return null;
    }
}
