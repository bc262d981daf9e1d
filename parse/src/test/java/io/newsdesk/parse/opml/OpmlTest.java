package io.newsdesk.parse.opml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OpmlTest {

    private static OpmlDocument read(String opml) throws OpmlException {
        return Opml.read(opml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nestedFoldersGiveTheNearestFolderAsCategory() throws Exception {
        OpmlDocument document = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>My feeds</title></head>
                  <body>
                    <outline text="Loose" type="rss" xmlUrl="https://loose.example.com/feed" htmlUrl="https://loose.example.com/"/>
                    <outline text="News" title="News">
                      <outline text="Wire" title="The Wire" type="rss" xmlUrl="https://wire.example.com/rss"/>
                      <outline text="World">
                        <outline text="Globe" xmlUrl="https://globe.example.com/atom"/>
                      </outline>
                      <outline text="Not a feed, no children"/>
                    </outline>
                    <outline text="Duplicate" xmlUrl="https://wire.example.com/rss"/>
                  </body>
                </opml>""");

        assertThat(document.title()).isEqualTo("My feeds");
        assertThat(document.feeds()).containsExactly(
                new OpmlFeed("https://loose.example.com/feed", "Loose", "https://loose.example.com/", null),
                new OpmlFeed("https://wire.example.com/rss", "The Wire", null, "News"),
                new OpmlFeed("https://globe.example.com/atom", "Globe", null, "World"));
    }

    @Test
    void opml10WithFeedSchemeAndOddAttributeCase() throws Exception {
        OpmlDocument document = read("""
                <opml version="1.0"><body>
                  <outline title="Tech"><outline text="Site" xmlurl="feed://site.example.com/rss.xml"/></outline>
                </body></opml>""");

        assertThat(document.feeds()).containsExactly(
                new OpmlFeed("http://site.example.com/rss.xml", "Site", null, "Tech"));
    }

    @Test
    void illFormedOpmlIsReadLeniently() throws Exception {
        OpmlDocument document = read("<opml><body><outline text=\"A &amp; B\" xmlUrl=\"https://a.example.com/?x=1&y=2\">"
                + "<outline text=\"unclosed\" xmlUrl=\"https://b.example.com/\"></body></opml>");

        assertThat(document.feeds()).extracting(OpmlFeed::xmlUrl)
                .containsExactly("https://a.example.com/?x=1&y=2", "https://b.example.com/");
    }

    @Test
    void refusesWhatIsNotUsable() {
        assertThatThrownBy(() -> read("<rss version=\"2.0\"><channel/></rss>"))
                .isInstanceOf(OpmlException.class).hasMessage("not OPML: root element is <rss>");
        assertThatThrownBy(() -> read("<opml version=\"2.0\"><body><outline text=\"Empty folder\"/></body></opml>"))
                .isInstanceOf(OpmlException.class).hasMessage("OPML without any feed");
        assertThatThrownBy(() -> Opml.read(new byte[0]))
                .isInstanceOf(OpmlException.class).hasMessage("not OPML: the file is empty");
        assertThatThrownBy(() -> read("just text"))
                .isInstanceOf(OpmlException.class).hasMessage("not OPML: the file has no XML elements");
    }

    @Test
    void writesOneFolderPerCategoryWithEscaping() {
        String opml = Opml.write("Mine & yours", List.of(
                new OpmlFeed("https://a.example.com/?x=1&y=2", "A \"quoted\" <feed>", "https://a.example.com/", "Tech"),
                new OpmlFeed("https://b.example.com/rss", null, null, null),
                new OpmlFeed("https://c.example.com/rss", "C", null, "Tech")));

        assertThat(opml).contains("<title>Mine &amp; yours</title>")
                .contains("xmlUrl=\"https://a.example.com/?x=1&amp;y=2\"")
                .contains("text=\"A &quot;quoted&quot; &lt;feed&gt;\"");
        assertThat(opml.split("<outline text=\"Tech\"", -1)).hasSize(2);
    }

    @Property(tries = 200)
    void writtenListsReadBackTheSame(@ForAll("subscriptions") List<OpmlFeed> feeds)
            throws OpmlException {
        List<OpmlFeed> unique = feeds.stream()
                .collect(java.util.stream.Collectors.toMap(OpmlFeed::xmlUrl, feed -> feed, (first, second) -> first,
                        java.util.LinkedHashMap::new))
                .values().stream().toList();

        OpmlDocument read = Opml.read(Opml.write("Export", unique).getBytes(StandardCharsets.UTF_8));

        assertThat(read.title()).isEqualTo("Export");
        assertThat(read.feeds()).containsExactlyInAnyOrderElementsOf(unique);
    }

    @Provide
    Arbitrary<List<OpmlFeed>> subscriptions() {
        Arbitrary<String> urls = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
                .map(host -> "https://" + host + ".example.com/feed?a=1&b=\"2\"");
        Arbitrary<String> titles = Arbitraries.strings().withCharRange('!', '~').withChars('é', 'ß', '中')
                .ofMinLength(1).ofMaxLength(20)
                .filter(title -> !title.isBlank())
                .map(String::strip)
                .map(title -> "t" + title.replaceAll("\\s+", " "))
                .injectNull(0.2);
        Arbitrary<String> categories = Arbitraries.of("News", "Tech & Science", "<Odd> \"one\"").injectNull(0.3);
        return Combinators.combine(urls, titles, categories)
                .as((url, title, category) -> new OpmlFeed(url, title == null ? url : title, null, category))
                .list().ofMinSize(1).ofMaxSize(12);
    }
}
