package io.newsdesk.service.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * Where sites keep their feed when their pages do not say: the addresses that the common blog and
 * site engines use (WordPress, Ghost, Drupal, Jekyll, Hexo, Hugo, Blogger), relative to the site.
 */
final class CommonFeedPaths {

    /** Most used first; few enough that trying them all stays polite. */
    static final List<String> NAMES = List.of(
            "feed", "rss", "rss.xml", "atom.xml", "feed.xml", "index.xml", "feeds/posts/default");

    private CommonFeedPaths() {}

    /**
     * The URLs to try for a site page: each name in the page's folder. A last path segment without
     * a dot names a folder ({@code /blog} is the blog at {@code /blog/}), one with a dot a file in
     * its parent ({@code /blog/index.html}).
     *
     * @return the candidates in order, none equal to the page itself; empty for a URL that is not
     *     absolute http(s)
     */
    static List<String> candidates(String pageUrl) {
        URI page;
        try {
            page = new URI(pageUrl);
        } catch (URISyntaxException e) {
            return List.of();
        }
        if (page.getScheme() == null || page.getRawAuthority() == null || !page.getScheme().matches("(?i)https?")) {
            return List.of();
        }
        String folder = folderOf(page.getRawPath() == null ? "" : page.getRawPath());
        String base = page.getScheme() + "://" + page.getRawAuthority() + folder;
        return NAMES.stream()
                .map(name -> base + name)
                .filter(candidate -> !candidate.equals(pageUrl))
                .toList();
    }

    private static String folderOf(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return path.isEmpty() ? "/" : path;
        }
        int slash = path.lastIndexOf('/');
        String last = path.substring(slash + 1);
        return last.contains(".") ? path.substring(0, slash + 1) : path + "/";
    }
}
