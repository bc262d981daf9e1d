package io.newsdesk.parse.detail;

/**
 * A feed's or entry's image: RSS {@code image}, iTunes {@code image}.
 *
 * @param url the image's absolute URL, or {@code null}
 * @param title its title (the alt text), or {@code null}
 * @param link the page the image links to, or {@code null}
 * @param width the width in pixels as stated, or {@code null}
 * @param height the height in pixels as stated, or {@code null}
 * @param description its description, or {@code null}
 */
public record Image(String url, String title, String link, String width, String height, String description) {

    /** An image known only by its address. */
    public static Image of(String url) {
        return new Image(url, null, null, null, null, null);
    }
}
