package io.newsdesk.web.pages;

import io.javalin.http.Context;
import io.newsdesk.web.http.Origins;
import io.newsdesk.web.ui.Hrefs;
import java.net.URI;
import java.net.URISyntaxException;

/** Where an article's "Back to list" leads: the list the reader opened it from. */
final class ListLinks {

    private static final String HOME = "/";

    private ListLinks() {}

    /**
     * The list page in the request's {@code Referer} when it is a page of this site other than an
     * article, else the unread list. Links are clicked on this site's own pages, so the referrer
     * (sent for same-origin navigation under this site's referrer policy) names the list.
     */
    static String backToList(Context ctx) {
        String referer = ctx.header("Referer");
        if (referer == null || !Origins.sameHost(referer, ctx.header("Host"))) {
            return HOME;
        }
        try {
            URI uri = new URI(referer.strip());
            String path = uri.getRawPath();
            if (path == null || path.isEmpty() || path.startsWith("/entries/")) {
                return HOME;
            }
            return Hrefs.localOrHome(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return HOME;
        }
    }
}
