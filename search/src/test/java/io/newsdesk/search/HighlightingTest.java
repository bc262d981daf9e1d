package io.newsdesk.search;

import static io.newsdesk.search.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HighlightingTest {

    private static final String FILLER = "The committee met again on Tuesday to review the figures. ";

    @TempDir
    Path dir;

    private SearchIndex index;

    @BeforeEach
    void open() throws Exception {
        index = SearchIndex.open(dir);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private SearchHit onlyHit(String text) {
        List<SearchHit> hits = index.search(SearchQuery.of(text)).hits();
        assertThat(hits).hasSize(1);
        return hits.get(0);
    }

    /** The snippet's text without markup and entities, to measure it. */
    private static String visibleText(String html) {
        return html.replaceAll("<[^>]+>", "").replaceAll("&[a-z#0-9]+;", "x");
    }

    @Test
    void markupInTheTitleComesBackEscapedAndMatchesAreMarked() {
        index.upsert(List.of(doc(1, "Fix for <script>alert('x')</script> & \"quotes\" bug", "")));

        SearchHit hit = onlyHit("alert");

        assertThat(hit.titleHtml()).isEqualTo("Fix for &lt;script&gt;<mark>alert</mark>(&#39;x&#39;)"
                + "&lt;/script&gt; &amp; &quot;quotes&quot; bug");
    }

    @Test
    void aTitleWithoutMatchesComesBackWholeAndEscaped() {
        index.upsert(List.of(doc(1, "Tom & Jerry <3", "A cartoon about a cat and a mouse.")));

        SearchHit hit = onlyHit("mouse");

        assertThat(hit.titleHtml()).isEqualTo("Tom &amp; Jerry &lt;3");
        assertThat(hit.snippetHtml()).contains("<mark>mouse</mark>");
    }

    @Test
    void theSnippetEscapesTheBodyAndMarksEveryMatchedWord() {
        index.upsert(List.of(doc(1, "Title", "Use <b>bold</b> & brave words: bold moves win.")));

        SearchHit hit = onlyHit("bold");

        assertThat(hit.snippetHtml()).isEqualTo("Use &lt;b&gt;<mark>bold</mark>&lt;/b&gt; &amp; brave"
                + " words: <mark>bold</mark> moves win.");
    }

    @Test
    void aPhraseIsMarkedAsOneRangeAndOnlyWhereItOccursAsAPhrase() {
        index.upsert(List.of(doc(1, "", "New rules in New York, says the new mayor of York.")));

        SearchHit hit = onlyHit("\"new york\"");

        assertThat(hit.snippetHtml()).isEqualTo("New rules in <mark>New York</mark>, says the new mayor of York.");
    }

    @Test
    void prefixAndFoldedMatchesMarkTheOriginalText() {
        index.upsert(List.of(doc(1, "Café owners and electricians", "")));

        assertThat(onlyHit("cafe").titleHtml()).isEqualTo("<mark>Café</mark> owners and electricians");
        assertThat(onlyHit("electric*").titleHtml()).isEqualTo("Café owners and <mark>electricians</mark>");
    }

    @Test
    void aMatchDeepInALongBodyIsShownInAShortPassageWithGapsMarked() {
        String body = FILLER.repeat(1_000) + "Then the volcano erupted without warning. " + FILLER.repeat(50);
        index.upsert(List.of(doc(1, "Long read", body)));

        String snippet = onlyHit("volcano").snippetHtml();

        assertThat(snippet).startsWith("… ").endsWith(" …").contains("<mark>volcano</mark> erupted");
        assertThat(visibleText(snippet).length()).isBetween(150, SnippetComposer.BUDGET + 10);
    }

    @Test
    void theStandfirstComesBeforeTheBodyAndTheSnippetStaysWithinBudget() {
        index.upsert(List.of(new SearchDocument(1, 1, "Title", "Drought grips the south.",
                FILLER.repeat(20) + "The drought is the worst in decades. " + FILLER.repeat(20), null, null)));

        String snippet = onlyHit("drought").snippetHtml();

        assertThat(snippet).startsWith("<mark>Drought</mark> grips the south. … ");
        assertThat(snippet).contains("The <mark>drought</mark> is the worst");
        assertThat(visibleText(snippet).length()).isLessThanOrEqualTo(SnippetComposer.BUDGET + 10);
    }

    @Test
    void whenOnlyTheTitleMatchesTheSnippetIsTheOpeningOfTheBody() {
        String body = "First paragraph <opens> here.\n\n" + FILLER.repeat(30);
        index.upsert(List.of(doc(1, "Tsunami alert", body)));

        SearchHit hit = onlyHit("tsunami");

        assertThat(hit.titleHtml()).isEqualTo("<mark>Tsunami</mark> alert");
        assertThat(hit.snippetHtml()).startsWith("First paragraph &lt;opens&gt; here. The committee")
                .endsWith(" …")
                .doesNotContain("<mark>");
        assertThat(visibleText(hit.snippetHtml()).length()).isBetween(100, SnippetComposer.BUDGET);
    }

    @Test
    void withoutABodyTheFallbackIsTheStandfirst() {
        index.upsert(List.of(new SearchDocument(1, 1, "Tsunami alert", "Coasts are evacuated.", null, null, null)));

        assertThat(onlyHit("tsunami").snippetHtml()).isEqualTo("Coasts are evacuated.");
    }

    @Test
    void whitespaceIsCollapsedInSnippets() {
        index.upsert(List.of(doc(1, "", "Line one\n\nLine   two\twith tab")));

        assertThat(onlyHit("tab").snippetHtml()).isEqualTo("Line one Line two with <mark>tab</mark>");
    }
}
