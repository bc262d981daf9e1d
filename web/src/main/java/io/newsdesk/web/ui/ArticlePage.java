package io.newsdesk.web.ui;

import java.util.Objects;

/**
 * The article page: one entry in full, with its neighbours in the list it was opened from.
 *
 * @param layout the shared frame
 * @param article the entry
 * @param previousId the entry before it in its list, or {@code null} at the start
 * @param nextId the entry after it in its list, or {@code null} at the end
 * @param backHref the list to return to ("/", "/starred", …); anything but a local path becomes "/"
 */
public record ArticlePage(Layout layout, ArticleView article, Long previousId, Long nextId, String backHref) {

    public ArticlePage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(article, "article");
        backHref = Hrefs.localOrHome(backHref);
    }

    /** This page's own URL, where forms send the reader back after a POST. */
    public String currentHref() {
        return "/entries/" + article.id();
    }
}
