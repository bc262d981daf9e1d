package io.newsdesk.service.websub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.fetch.FetchException;
import io.newsdesk.fetch.FetchSettings;
import io.newsdesk.fetch.Fetcher;
import io.newsdesk.service.testing.FixtureServer;
import io.newsdesk.service.testing.FixtureServer.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubDiscoveryTest {

    private static final String ATOM_WITH_HUB = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
              <link rel="self" href="https://blog.example/atom"/>
              <link rel="hub" href="https://document-hub.example/"/>
            </feed>
            """;
    private static final String ATOM_WITHOUT_LINKS = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title></feed>
            """;

    private final FixtureServer site = FixtureServer.start();
    private final Fetcher fetcher = new Fetcher(FetchSettings.builder().allowPrivateNetworks(true).build());
    private final HubDiscovery discovery = new HubDiscovery(fetcher);

    @AfterEach
    void tearDown() {
        fetcher.close();
        site.close();
    }

    @Test
    void linkHeadersComeFirst() throws FetchException {
        site.serve("/feed", atom(ATOM_WITH_HUB)
                .header("Link", "<https://header-hub.example/>; rel=\"hub\", </canonical>; rel=self"));

        HubLinks links = discovery.discover(site.url("/feed"));

        assertThat(links.hubs()).containsExactly("https://header-hub.example/");
        assertThat(links.self()).isEqualTo(site.url("/canonical"));
    }

    @Test
    void theDocumentFillsInWhatTheHeadersLeaveOut() throws FetchException {
        site.serve("/feed", atom(ATOM_WITH_HUB).header("Link", "<https://header-hub.example/>; rel=hub"));
        assertThat(discovery.discover(site.url("/feed")))
                .isEqualTo(new HubLinks(List.of("https://header-hub.example/"), "https://blog.example/atom"));

        site.serve("/other", atom(ATOM_WITH_HUB));
        assertThat(discovery.discover(site.url("/other")))
                .isEqualTo(new HubLinks(List.of("https://document-hub.example/"), "https://blog.example/atom"));
    }

    @Test
    void withoutASelfLinkTheTopicIsWhereTheFeedCameFrom() throws FetchException {
        site.serve("/old", Reply.redirect(301, site.url("/feed")));
        site.serve("/feed", atom(ATOM_WITHOUT_LINKS).header("Link", "<https://hub.example/>; rel=hub"));

        HubLinks links = discovery.discover(site.url("/old"));

        assertThat(links.hubs()).containsExactly("https://hub.example/");
        assertThat(links.self()).isEqualTo(site.url("/feed"));
    }

    @Test
    void aFeedWithoutHubsHasNone() throws FetchException {
        site.serve("/feed", atom(ATOM_WITHOUT_LINKS));

        assertThat(discovery.discover(site.url("/feed")).hubs()).isEmpty();
    }

    @Test
    void aFeedThatCannotBeFetchedIsAFetchFailure() {
        site.serve("/gone", Reply.status(410));

        assertThatThrownBy(() -> discovery.discover(site.url("/gone"))).isInstanceOf(FetchException.class)
                .hasMessageContaining("410");
    }

    private static Reply atom(String document) {
        return Reply.ok("application/atom+xml", document);
    }
}
