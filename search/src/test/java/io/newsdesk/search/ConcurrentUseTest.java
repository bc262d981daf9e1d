package io.newsdesk.search;

import static io.newsdesk.search.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentUseTest {

    private static final int WRITERS = 2;
    private static final int SEARCHERS = 4;
    private static final int BATCHES = 50;
    private static final int BATCH_SIZE = 20;

    @TempDir
    Path dir;

    @Test
    void searchesRunSafelyWhileSeveralThreadsWrite() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir);
                ExecutorService pool = Executors.newFixedThreadPool(WRITERS + SEARCHERS)) {
            List<Future<?>> tasks = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                long firstId = writer * 1_000_000L;
                tasks.add(pool.submit(() -> writeBatches(index, firstId)));
            }
            for (int searcher = 0; searcher < SEARCHERS; searcher++) {
                tasks.add(pool.submit(() -> searchRepeatedly(index)));
            }
            for (Future<?> task : tasks) {
                task.get();
            }

            long expected = (long) WRITERS * BATCHES * BATCH_SIZE;
            assertThat(index.count()).isEqualTo(expected);
            assertThat(index.search(SearchQuery.of("shared").page(0, 0)).total()).isEqualTo(expected);
        }
    }

    private static void writeBatches(SearchIndex index, long firstId) {
        for (int batch = 0; batch < BATCHES; batch++) {
            List<SearchDocument> documents = new ArrayList<>();
            for (int i = 0; i < BATCH_SIZE; i++) {
                long id = firstId + (long) batch * BATCH_SIZE + i;
                documents.add(doc(id, "shared headline " + id, "Body text number " + id + "."));
            }
            index.upsert(documents);
            if (batch % 10 == 0) {
                index.commit();
            }
        }
    }

    /** Every search sees a consistent snapshot, never older than the one before. */
    private static void searchRepeatedly(SearchIndex index) {
        long previousTotal = 0;
        for (int i = 0; i < 100; i++) {
            SearchResults results = index.search(SearchQuery.of("shared headline"));
            assertThat(results.total()).isGreaterThanOrEqualTo(previousTotal);
            previousTotal = results.total();
            assertThat(results.hits()).hasSize((int) Math.min(results.total(), SearchQuery.DEFAULT_LIMIT));
            assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.titleHtml()).contains("<mark>shared</mark>"));
        }
    }
}
