package io.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void defaultsToTheFirstPageByRelevanceInAllFeeds() {
        SearchQuery query = SearchQuery.of(null);

        assertThat(query.text()).isEmpty();
        assertThat(query.feedIds()).isNull();
        assertThat(query.limit()).isEqualTo(SearchQuery.DEFAULT_LIMIT);
        assertThat(query.offset()).isZero();
        assertThat(query.order()).isEqualTo(SearchOrder.RELEVANCE);
    }

    @Test
    void copiesTheFeedSetSoLaterChangesDoNotLeakIn() {
        Set<Long> feeds = new HashSet<>(Set.of(1L));
        SearchQuery query = SearchQuery.of("x").inFeeds(feeds);
        feeds.add(2L);

        assertThat(query.feedIds()).containsExactly(1L);
    }

    @Test
    void rejectsPagesOutOfRangeWithAnExplanation() {
        SearchQuery query = SearchQuery.of("x");

        assertThatThrownBy(() -> query.page(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> query.page(SearchQuery.MAX_LIMIT + 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.page(10, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset");
        assertThatThrownBy(() -> query.page(20, SearchQuery.MAX_WINDOW - 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refine the search");
        assertThat(query.page(10, SearchQuery.MAX_WINDOW - 10).offset()).isEqualTo(SearchQuery.MAX_WINDOW - 10);
    }
}
