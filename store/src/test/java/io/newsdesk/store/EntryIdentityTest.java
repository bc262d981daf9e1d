package io.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.DatePrecision;
import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.Source;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class EntryIdentityTest {

    private static final Entry BASE = Entry.builder()
            .guid("g")
            .title("Title")
            .link("https://news.example/a")
            .published(Instant.parse("2026-11-19T10:00:00Z"))
            .updated(Instant.parse("2026-11-19T11:00:00Z"))
            .author("A")
            .summary("<p>s</p>")
            .content("<p>c</p>")
            .dek("d")
            .category("x")
            .enclosure(new Enclosure("https://cdn.example/a.mp3", "audio/mpeg", 1L))
            .source(new Source("S", "https://s.example/"))
            .count(1)
            .language("en")
            .imageUrl("https://cdn.example/i.jpg")
            .build();

    @Property
    void theGuidAloneDecidesTheKey(@ForAll String guid, @ForAll String title, @ForAll String link) {
        Entry one = Entry.builder().guid("id:" + guid).title(title).link(link).build();
        Entry other = Entry.builder().guid("id:" + guid).title(title + "!").link(link + "/x").content("c").build();

        assertThat(EntryIdentity.dedupKey(one)).isEqualTo(EntryIdentity.dedupKey(other)).startsWith("guid:");
    }

    @Property
    void withoutAGuidTheLinkDecidesTheKey(@ForAll String link, @ForAll String title) {
        Entry one = Entry.builder().guid("  ").link("https://x.example/" + link).title(title).build();
        Entry other = Entry.builder().link("https://x.example/" + link).title(title + "!").build();

        assertThat(EntryIdentity.dedupKey(one)).isEqualTo(EntryIdentity.dedupKey(other)).startsWith("link:");
    }

    @Property
    void keysHaveABoundedLength(@ForAll String guid) {
        assertThat(EntryIdentity.dedupKey(Entry.builder().guid(guid.repeat(50)).build()).length()).isLessThan(64);
    }

    @Test
    void aGuidAndALinkWithTheSameTextAreDifferentKeys() {
        Entry byGuid = Entry.builder().guid("https://news.example/a").build();
        Entry byLink = Entry.builder().link("https://news.example/a").build();

        assertThat(EntryIdentity.dedupKey(byGuid)).isNotEqualTo(EntryIdentity.dedupKey(byLink));
    }

    @Test
    void withoutGuidOrLinkTitleAndTextDecideTheKeyWithUnambiguousBoundaries() {
        Entry ab = Entry.builder().title("ab").content("c").build();
        Entry a = Entry.builder().title("a").content("bc").build();
        Entry summaryOnly = Entry.builder().title("ab").summary("c").build();

        assertThat(EntryIdentity.dedupKey(ab)).isNotEqualTo(EntryIdentity.dedupKey(a)).startsWith("text:");
        assertThat(EntryIdentity.dedupKey(ab)).isEqualTo(EntryIdentity.dedupKey(summaryOnly));
    }

    @Test
    void equalEntriesHaveEqualFingerprints() {
        assertThat(EntryIdentity.fingerprint(BASE)).isEqualTo(EntryIdentity.fingerprint(BASE.toBuilder().build()));
    }

    @Test
    void changingAnyFieldChangesTheFingerprint() {
        Map<String, UnaryOperator<Entry.Builder>> changes = Map.ofEntries(
                Map.entry("guid", b -> b.guid("h")),
                Map.entry("title", b -> b.title("Title.")),
                Map.entry("link", b -> b.link("https://news.example/b")),
                Map.entry("published", b -> b.published(Instant.parse("2026-11-19T10:00:01Z"))),
                Map.entry("precision", b -> b.published(Instant.parse("2026-11-19T10:00:00Z"), DatePrecision.DAY)),
                Map.entry("updated", b -> b.updated(null)),
                Map.entry("authors", b -> b.authors(List.of("A", "B"))),
                Map.entry("summary", b -> b.summary("<p>s.</p>")),
                Map.entry("content", b -> b.content(null)),
                Map.entry("dek", b -> b.dek("d.")),
                Map.entry("categories", b -> b.categories(List.of("y"))),
                Map.entry("enclosure length", b -> b.enclosures(
                        List.of(new Enclosure("https://cdn.example/a.mp3", "audio/mpeg", 2L)))),
                Map.entry("source", b -> b.source(new Source("S", null))),
                Map.entry("teaser", b -> b.teaser(true)),
                Map.entry("count", b -> b.count(2)),
                Map.entry("language", b -> b.language("fr")),
                Map.entry("image", b -> b.imageUrl(null)));
        Set<String> fingerprints = new HashSet<>();
        fingerprints.add(EntryIdentity.fingerprint(BASE));

        changes.forEach((field, change) -> assertThat(fingerprints.add(EntryIdentity.fingerprint(
                change.apply(BASE.toBuilder()).build()))).as(field).isTrue());
    }

    @Test
    void theSortTimeIsThePublishedTimeButNeverLaterThanArrival() {
        Instant arrival = Instant.parse("2026-11-20T12:00:00Z");

        assertThat(EntryWriter.sortAt(arrival.minusSeconds(60), arrival.toEpochMilli()))
                .isEqualTo(arrival.minusSeconds(60).toEpochMilli());
        assertThat(EntryWriter.sortAt(arrival.plusSeconds(60), arrival.toEpochMilli()))
                .isEqualTo(arrival.toEpochMilli());
        assertThat(EntryWriter.sortAt(null, arrival.toEpochMilli())).isEqualTo(arrival.toEpochMilli());
    }
}
