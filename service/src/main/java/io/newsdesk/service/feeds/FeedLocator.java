package io.newsdesk.service.feeds;

import io.newsdesk.fetch.FetchException;
import io.newsdesk.fetch.FetchResult;
import io.newsdesk.parse.DocumentKind;
import io.newsdesk.parse.DocumentSniffer;
import io.newsdesk.parse.FeedParseException;
import io.newsdesk.service.NewsdeskException;
import java.util.List;

/**
 * Finds the feed a URL a user gives leads to: the URL itself when it is a feed; for a web page,
 * the feed it announces (in its {@code Link} headers or its head) or, when it announces none, the
 * first of the {@link CommonFeedPaths common feed addresses} that answers with a feed. Every
 * request waits for its host's slot like any other, and the common addresses are tried one at a
 * time, stopping at the first feed and at the first sign of trouble with the site.
 */
final class FeedLocator {

    private static final String NOT_A_FEED = "not a feed: ";

    private final FeedRefresher refresher;
    private final HostLimits limits;

    FeedLocator(FeedRefresher refresher, HostLimits limits) {
        this.refresher = refresher;
        this.limits = limits;
    }

    /**
     * A feed found for a URL, fetched and parsed.
     *
     * @param requestedUrl the feed's URL as found (the user's, or the one discovered)
     * @param fetched what fetching it returned
     */
    record Located(String requestedUrl, FeedRefresher.FetchedFeed fetched) {

        /** A permanent redirect moves the subscription to the new address; a temporary one does not. */
        String url() {
            return fetched.response().permanentRedirect() ? fetched.response().finalUrl() : requestedUrl;
        }
    }

    /**
     * Fetches the URL and finds its feed.
     *
     * @param url a normalized http(s) URL
     * @throws NewsdeskException UPSTREAM when nothing there leads to a feed, saying why
     */
    Located locate(String url) {
        FetchResult response = download(url, url);
        if (DocumentSniffer.sniff(response.body(), response.contentType()) != DocumentKind.HTML) {
            return new Located(url, parse(response, url));
        }
        List<String> links = FeedDiscovery.feedLinks(response);
        if (links.isEmpty()) {
            return probeCommonPaths(url, response.finalUrl());
        }
        String discovered = FeedUrls.normalize(links.getFirst());
        String described = discovered + " (announced by " + url + ")";
        return new Located(discovered, parse(download(discovered, described), described));
    }

    /** Tries the usual feed addresses of a site whose page announces no feed. */
    private Located probeCommonPaths(String url, String pageUrl) {
        for (String candidate : CommonFeedPaths.candidates(pageUrl)) {
            FetchResult response;
            try {
                response = fetch(candidate);
            } catch (FetchException e) {
                if (!worthTryingAnother(e)) {
                    break;
                }
                continue;
            }
            if (DocumentSniffer.sniff(response.body(), response.contentType()) == DocumentKind.HTML) {
                // Many sites answer any address with a page ("soft 404").
                continue;
            }
            try {
                return new Located(FeedUrls.normalize(candidate), refresher.parse(response));
            } catch (FeedParseException e) {
                continue;
            }
        }
        throw NewsdeskException.upstream("no feed found at " + url
                + ": it is a web page that announces no feed, and no feed answered at the usual addresses ("
                + String.join(", ", CommonFeedPaths.NAMES) + ")", null);
    }

    /**
     * Only "not here" is a reason to try the next address. A site that is down, slow, or asks to
     * be left alone (429, 503) gets no further requests.
     */
    private static boolean worthTryingAnother(FetchException e) {
        Integer status = e.status();
        return e.reason() == FetchException.Reason.HTTP_STATUS && status != null && status != 429 && status < 500;
    }

    private FetchResult download(String url, String described) {
        try {
            return fetch(url);
        } catch (FetchException e) {
            String hint = e.reason() == FetchException.Reason.ADDRESS_REFUSED
                    ? "; to allow feeds on this machine or its network, run with --allow-private-networks"
                            + " (or NEWSDESK_ALLOW_PRIVATE_NETWORKS=true)"
                    : "";
            throw NewsdeskException.upstream("could not fetch " + described + ": " + e.getMessage() + hint, e);
        }
    }

    /** Fetches within the host's limits, like every other request to a site. */
    private FetchResult fetch(String url) throws FetchException {
        try {
            return limits.run(url, () -> refresher.download(url));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL, "interrupted while fetching " + url, e);
        }
    }

    private FeedRefresher.FetchedFeed parse(FetchResult response, String described) {
        try {
            return refresher.parse(response);
        } catch (FeedParseException e) {
            throw NewsdeskException.upstream("not a feed at " + described + ": " + reason(e), e);
        }
    }

    /** The parser's explanation without its own "not a feed: ", which the message already says. */
    private static String reason(FeedParseException e) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith(NOT_A_FEED) ? message.substring(NOT_A_FEED.length()) : message;
    }
}
