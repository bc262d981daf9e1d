package io.newsdesk.service.websub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DocumentHubLinksTest {

    private static final String URL = "https://blog.example/feed.xml";

    @Test
    void readsAtomHubAndSelfLinks() {
        HubLinks links = find("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Blog</title>
                  <link href="https://blog.example/"/>
                  <link rel="self" href="https://blog.example/atom"/>
                  <link rel="hub" href="https://hub.example/"/>
                  <link rel="hub" href="https://backup-hub.example/"/>
                  <entry><title>First</title><link rel="hub" href="https://entry-hub.example/"/></entry>
                </feed>
                """);

        assertThat(links.hubs()).containsExactly("https://hub.example/", "https://backup-hub.example/");
        assertThat(links.self()).isEqualTo("https://blog.example/atom");
    }

    @Test
    void readsAtomLinksInsideAnRssChannelWhateverTheirPrefix() {
        HubLinks links = find("""
                <?xml version="1.0"?>
                <rss version="2.0" xmlns:atom10="http://www.w3.org/2005/Atom">
                  <channel>
                    <title>News</title>
                    <link>https://news.example/</link>
                    <atom10:link rel="self" type="application/rss+xml" href="https://news.example/rss"/>
                    <atom10:link rel="hub" href="https://pubsubhubbub.example/"/>
                    <item><title>One</title></item>
                  </channel>
                </rss>
                """);

        assertThat(links.hubs()).containsExactly("https://pubsubhubbub.example/");
        assertThat(links.self()).isEqualTo("https://news.example/rss");
    }

    @Test
    void resolvesRelativeLinksAndReadsSeveralRelationsInOneLink() {
        HubLinks links = find("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:atom="http://www.w3.org/2005/Atom">
                  <channel rdf:about="https://blog.example/">
                    <title>RDF</title>
                    <items><rdf:Seq><rdf:li resource="https://blog.example/1"/></rdf:Seq></items>
                    <atom:link rel="HUB self" href="/push"/>
                  </channel>
                  <item rdf:about="https://blog.example/1"><title>One</title></item>
                </rdf:RDF>
                """);

        assertThat(links.hubs()).containsExactly("https://blog.example/push");
        assertThat(links.self()).isEqualTo("https://blog.example/push");
    }

    @Test
    void linksOfEntriesNeverCount() {
        HubLinks links = find("""
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T</title>
                  <item><atom:link rel="hub" href="https://hub.example/"/></item>
                  <atom:link rel="hub" href="https://late-hub.example/"/>
                </channel></rss>
                """);

        assertThat(links.hubs()).isEmpty();
        assertThat(links.self()).isNull();
    }

    @Test
    void readsIllFormedDocumentsAndOnlyHttpLinks() {
        HubLinks links = find("""
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
                  <title>Caf&eacute; & more</title>
                  <atom:link rel="hub" href="javascript:alert(1)"/>
                  <atom:link rel="hub" href="https://hub.example/">
                  <atom:link rel="self" href="mailto:editor@example.org"/>
                """);

        assertThat(links.hubs()).containsExactly("https://hub.example/");
        assertThat(links.self()).isNull();
    }

    @Test
    void readsTheDeclaredEncoding() {
        byte[] latin1 = """
                <?xml version="1.0" encoding="iso-8859-1"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Caf\u00e9</title>
                <link rel="hub" href="https://hub.example/caf\u00e9"/></feed>
                """.getBytes(StandardCharsets.ISO_8859_1);

        assertThat(DocumentHubLinks.find(latin1, "application/atom+xml", URL).hubs())
                .containsExactly("https://hub.example/caf\u00e9");
    }

    @Test
    void readsJsonFeedHubsOfTheWebSubType() {
        HubLinks links = find("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "J",
                 "feed_url": "https://blog.example/feed.json",
                 "hubs": [{"type": "rssCloud", "url": "https://cloud.example/"},
                          {"type": "WebSub", "url": "https://hub.example/"}],
                 "items": []}
                """);

        assertThat(links.hubs()).containsExactly("https://hub.example/");
        assertThat(links.self()).isEqualTo("https://blog.example/feed.json");
    }

    @Test
    void aDocumentWithoutHubsOrThatIsNoFeedHasNone() {
        assertThat(find("<rss version=\"2.0\"><channel><title>T</title></channel></rss>").hubs()).isEmpty();
        assertThat(find("{\"hubs\": ").hubs()).isEmpty();
        assertThat(find("[1, 2]").hubs()).isEmpty();
        assertThat(find("not a feed at all").hubs()).isEmpty();
        assertThat(DocumentHubLinks.find(new byte[0], null, URL)).isEqualTo(new HubLinks(List.of(), null));
    }

    @Property(tries = 300)
    void anyHrefYieldsAtMostOneAbsoluteHttpHubAndNeverAFailure(@ForAll String href) {
        String escaped = href.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");

        HubLinks links = find("<feed xmlns=\"http://www.w3.org/2005/Atom\"><link rel=\"hub\" href=\"" + escaped
                + "\"/></feed>");

        assertThat(links.hubs()).hasSizeLessThanOrEqualTo(1)
                .allSatisfy(hub -> assertThat(URI.create(hub)).satisfies(uri -> {
                    assertThat(uri.getScheme()).isIn("http", "https");
                    assertThat(uri.getHost()).isNotNull();
                }));
    }

    private static HubLinks find(String document) {
        return DocumentHubLinks.find(document.getBytes(StandardCharsets.UTF_8), null, URL);
    }
}
