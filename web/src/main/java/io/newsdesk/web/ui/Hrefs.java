package io.newsdesk.web.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the UI's own links, so paging and search URLs are encoded in one place. */
public final class Hrefs {

    private Hrefs() {}

    /**
     * A list page's link at {@code offset}.
     *
     * @param base the page's path and query without an offset ("/", "/?status=all",
     *     "/search?q=rust")
     * @param offset how many items to skip; 0 gives {@code base} itself, the page's canonical URL
     */
    public static String withOffset(String base, long offset) {
        if (offset <= 0) {
            return base;
        }
        return base + (base.contains("?") ? "&" : "?") + "offset=" + offset;
    }

    /** The search page's link for {@code query}. */
    public static String search(String query) {
        return "/search?q=" + URLEncoder.encode(query == null ? "" : query, StandardCharsets.UTF_8);
    }

    /**
     * {@code path} when it is a path on this site ("/starred", "/?status=all"), otherwise "/". Links
     * and redirects built from request parameters go through here, so they can lead neither to
     * another site ("//evil.example", "https://…") nor to a script ("javascript:…").
     */
    public static String localOrHome(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
            return "/";
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                return "/";
            }
        }
        return path;
    }
}
