package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LinkHeadersTest {

    private static final URI BASE = URI.create("https://news.example/blog/index.html");

    @Test
    void readsTargetsRelationsTypesAndTitles() {
        List<WebLink> links = LinkHeaders.parse(List.of(
                "<https://news.example/feed.xml>; rel=\"alternate\"; type=\"application/rss+xml\"; title=\"All stories\","
                        + " <https://hub.example/>; rel=hub"), BASE);

        assertThat(links).containsExactly(
                new WebLink("https://news.example/feed.xml", Set.of("alternate"), "application/rss+xml", "All stories"),
                new WebLink("https://hub.example/", Set.of("hub"), null, null));
    }

    @Test
    void resolvesRelativeTargetsAgainstTheResponseUrl() {
        List<WebLink> links = LinkHeaders.parse(List.of("<atom.xml>; rel=alternate", "</feed>; rel=self"), BASE);

        assertThat(links).extracting(WebLink::url)
                .containsExactly("https://news.example/blog/atom.xml", "https://news.example/feed");
    }

    @Test
    void splitsRelationListsAndComparesThemWithoutCase() {
        WebLink link = LinkHeaders.parse(List.of("</feed>; REL=\"Alternate  Self\""), BASE).getFirst();

        assertThat(link.relations()).containsExactlyInAnyOrder("alternate", "self");
        assertThat(link.hasRelation("SELF")).isTrue();
        assertThat(link.hasRelation("hub")).isFalse();
    }

    @Test
    void commasAndSemicolonsInsideQuotesOrBracketsDoNotSplitLinks() {
        List<WebLink> links = LinkHeaders.parse(List.of(
                "</a?x=1,2;y>; rel=alternate; title=\"News, \\\"views\\\"; more\", </b>; rel=hub"), BASE);

        assertThat(links).hasSize(2);
        assertThat(links.getFirst().url()).isEqualTo("https://news.example/a?x=1,2;y");
        assertThat(links.getFirst().title()).isEqualTo("News, \"views\"; more");
        assertThat(links.get(1).url()).isEqualTo("https://news.example/b");
    }

    @Test
    void onlyTheFirstOccurrenceOfAParameterCounts() {
        WebLink link = LinkHeaders.parse(List.of("</feed>; rel=alternate; rel=hub; type=a/b; type=c/d"), BASE).getFirst();

        assertThat(link.relations()).containsExactly("alternate");
        assertThat(link.type()).isEqualTo("a/b");
    }

    @Test
    void skipsWhatCannotBeReadAndKeepsTheRest() {
        List<WebLink> links = LinkHeaders.parse(List.of(
                "garbage; rel=alternate, <javascript:alert(1)>; rel=alternate, <mailto:a@b.example>; rel=author,"
                        + " </ok>; rel=alternate junk=1, <http://[::1/>; rel=alternate, </fine>; rel=hub, <unclosed"), BASE);

        assertThat(links).extracting(WebLink::url).containsExactly("https://news.example/fine");
    }

    @Test
    void readsAtMostABoundedNumberOfLinks() {
        String many = "</feed>; rel=alternate, ".repeat(LinkHeaders.MAX_LINKS * 3);

        assertThat(LinkHeaders.parse(List.of(many, many), BASE)).hasSize(LinkHeaders.MAX_LINKS);
    }

    @Property
    void neverThrowsWhateverTheServerSends(@ForAll String value) {
        assertThat(LinkHeaders.parse(List.of(value), BASE)).hasSizeLessThanOrEqualTo(LinkHeaders.MAX_LINKS);
    }

    @Property
    void neverThrowsOnLinkShapedNoise(@ForAll("linkish") String value) {
        assertThat(LinkHeaders.parse(List.of(value), BASE))
                .allSatisfy(link -> assertThat(link.url()).startsWith("http"));
    }

    @Provide
    Arbitrary<String> linkish() {
        return Arbitraries.strings().withChars("<>;,=\"\\ /:abrelhtp.").ofMaxLength(60);
    }
}
