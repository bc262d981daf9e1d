package io.newsdesk.service.websub;

import io.newsdesk.fetch.FetchException;
import io.newsdesk.fetch.FetchRequest;
import io.newsdesk.fetch.FetchResult;
import io.newsdesk.fetch.Fetcher;
import io.newsdesk.fetch.WebLink;
import java.util.List;

/**
 * Finds the hub that pushes a feed and the topic to subscribe to, in the spec's order: the
 * response's {@code Link} headers first, then the links the document declares. Without a
 * {@code rel="self"} link, the URL the feed came from is the topic.
 */
final class HubDiscovery {

    private final Fetcher fetcher;

    HubDiscovery(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * Fetches the feed and reads its hub links.
     *
     * @return the links; no hubs when the feed names none
     * @throws FetchException when the feed cannot be fetched
     */
    HubLinks discover(String feedUrl) throws FetchException {
        FetchResult response = fetcher.fetch(FetchRequest.feed(feedUrl, null, null));
        HubLinks.Builder fromHeaders = new HubLinks.Builder(response.finalUrl());
        for (WebLink link : response.links()) {
            fromHeaders.add(String.join(" ", link.relations()), link.url());
        }
        HubLinks headers = fromHeaders.build();
        HubLinks document = headers.hubs().isEmpty() || headers.self() == null
                ? DocumentHubLinks.find(response.body(), response.contentType(), response.finalUrl())
                : HubLinks.NONE;
        List<String> hubs = headers.hubs().isEmpty() ? document.hubs() : headers.hubs();
        String self = headers.self() != null ? headers.self()
                : document.self() != null ? document.self() : response.finalUrl();
        return new HubLinks(hubs, self);
    }
}
