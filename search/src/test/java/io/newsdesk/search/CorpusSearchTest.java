package io.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches real news articles (ECB+, 982 articles in 43 topics; the feed id is the topic). */
class CorpusSearchTest {

    @TempDir
    static Path dir;

    private static SearchIndex index;
    private static Map<Long, SearchDocument> byId;

    @BeforeAll
    static void indexCorpus() throws Exception {
        List<SearchDocument> articles = SharedCorpus.ecbPlusArticles();
        byId = articles.stream().collect(Collectors.toMap(SearchDocument::entryId, Function.identity()));
        index = SearchIndex.open(dir);
        index.upsert(articles);
        index.commit();
    }

    @AfterAll
    static void closeIndex() {
        index.close();
    }

    private static List<SearchDocument> top(SearchQuery query) {
        return index.search(query).hits().stream().map(hit -> byId.get(hit.entryId())).toList();
    }

    @Test
    void indexesTheWholeCorpus() {
        assertThat(index.count()).isEqualTo(982);
    }

    @Test
    void aNameFindsItsStory() {
        List<SearchDocument> hits = top(SearchQuery.of("Klitschko").page(10, 0));

        assertThat(hits).hasSize(10).extracting(SearchDocument::feedId).containsOnly(7L);
    }

    @Test
    void aPhraseRanksTheRightStoryFirst() {
        List<SearchDocument> hits = top(SearchQuery.of("\"Doctor Who\" actor").page(5, 0));

        assertThat(hits).hasSize(5).extracting(SearchDocument::feedId).containsOnly(39L);
    }

    @Test
    void exclusionsHoldAcrossTheCorpus() {
        List<SearchDocument> hits = top(SearchQuery.of("earthquake -Indonesia -Iran").page(100, 0));

        assertThat(hits).isNotEmpty().allSatisfy(article -> assertThat(
                (article.title() + " " + article.body()).toLowerCase()).doesNotContain("indonesia", "iran"));
    }

    @Test
    void feedRestrictionAndPagingCountTheSameMatches() {
        SearchQuery quake = SearchQuery.of("earthquake").inFeeds(Set.of(38L));
        SearchResults all = index.search(quake.page(100, 0));

        assertThat(all.total()).isPositive().isEqualTo(all.hits().size());
        assertThat(all.hits()).extracting(hit -> byId.get(hit.entryId()).feedId()).containsOnly(38L);
        assertThat(index.search(quake.page(2, 1)).hits())
                .containsExactlyElementsOf(all.hits().subList(1, (int) Math.min(3, all.total())));
    }

    @Test
    void everyHitHasAMarkedSnippetOfReadableLength() {
        SearchResults results = index.search(SearchQuery.of("police arrested").page(50, 0));

        assertThat(results.hits()).hasSize(50).allSatisfy(hit -> {
            assertThat(hit.titleHtml() + hit.snippetHtml()).contains("<mark>");
            assertThat(hit.snippetHtml().replaceAll("<[^>]+>", "").length())
                    .isLessThanOrEqualTo(SnippetComposer.BUDGET + 10);
        });
    }
}
