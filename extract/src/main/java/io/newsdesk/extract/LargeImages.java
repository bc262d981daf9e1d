package io.newsdesk.extract;

import org.jsoup.nodes.Element;

/** Finding the article's own lead image when the page's metadata names none. */
final class LargeImages {

    /** Narrower images are icons, avatars and buttons. */
    static final int MIN_WIDTH = 300;

    private LargeImages() {}

    /**
     * The first image in the article that is shown large: inside a {@code <figure>}, or declared
     * at least {@value #MIN_WIDTH} pixels wide.
     *
     * @return its absolute URL, or {@code null}
     */
    static String first(Element article, String baseUrl) {
        for (Element image : article.getElementsByTag("img")) {
            if (inFigure(image) || declaredWidth(image) >= MIN_WIDTH) {
                String url = Urls.absolute(baseUrl, image.attr("src"));
                if (url != null) {
                    return url;
                }
            }
        }
        return null;
    }

    private static boolean inFigure(Element image) {
        for (Element parent = image.parent(); parent != null; parent = parent.parent()) {
            if (parent.nameIs("figure")) {
                return true;
            }
        }
        return false;
    }

    /** The {@code width} attribute's leading digits ("640", "640px"), or 0. */
    private static int declaredWidth(Element image) {
        String width = image.attr("width").strip();
        int digits = 0;
        while (digits < width.length() && digits < 6
                && width.charAt(digits) >= '0' && width.charAt(digits) <= '9') {
            digits++;
        }
        return digits == 0 ? 0 : Integer.parseInt(width.substring(0, digits));
    }
}
