package io.newsdesk.search;

import static io.newsdesk.search.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLifecycleTest {

    @TempDir
    Path dir;

    private static long hits(FullTextSearch search, String text) {
        return search.search(SearchQuery.of(text)).total();
    }

    @Test
    void aSecondWriterIsRefusedWhileAReaderSeesTheCommittedDocuments() throws Exception {
        try (SearchIndex writer = SearchIndex.open(dir)) {
            writer.upsert(List.of(doc(1, "committed story", "")));
            writer.commit();
            writer.upsert(List.of(doc(2, "uncommitted story", "")));

            assertThatThrownBy(() -> SearchIndex.open(dir))
                    .isInstanceOf(IndexLockedException.class)
                    .hasMessageContaining(dir.toString())
                    .satisfies(e -> assertThat(((IndexLockedException) e).directory()).isEqualTo(dir));

            try (SearchIndexReader reader = SearchIndexReader.open(dir)) {
                assertThat(hits(reader, "committed")).isEqualTo(1);
                assertThat(hits(reader, "uncommitted")).isZero();
                assertThat(reader.count()).isEqualTo(1);

                writer.commit();

                assertThat(hits(reader, "uncommitted")).as("a later commit is picked up").isEqualTo(1);
                assertThat(reader.count()).isEqualTo(2);
            }
        }
    }

    @Test
    void theLockIsReleasedOnClose() throws Exception {
        SearchIndex.open(dir).close();

        try (SearchIndex again = SearchIndex.open(dir)) {
            assertThat(again.count()).isZero();
        }
    }

    @Test
    void reopeningKeepsCommittedDocumentsAndCloseCommits() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.upsert(List.of(doc(1, "first", "")));
            index.commit();
            index.upsert(List.of(doc(2, "second", "")));
        }

        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.count()).isEqualTo(2);
            assertThat(hits(index, "first")).isEqualTo(1);
            assertThat(hits(index, "second")).isEqualTo(1);
        }
    }

    @Test
    void aReaderOnAMissingFolderFindsNothingCreatesNothingAndSeesAnIndexOnceItAppears() throws Exception {
        Path missing = dir.resolve("index");

        try (SearchIndexReader reader = SearchIndexReader.open(missing)) {
            assertThat(hits(reader, "anything")).isZero();
            assertThat(reader.count()).isZero();
            assertThat(missing).doesNotExist();

            try (SearchIndex writer = SearchIndex.open(missing)) {
                assertThat(hits(reader, "story")).as("an empty folder is an empty index").isZero();
                writer.upsert(List.of(doc(1, "story", "")));
                writer.commit();
            }

            assertThat(hits(reader, "story")).isEqualTo(1);
        }
    }

    @Test
    void aDamagedIndexIsReportedWithTheWayOut() throws Exception {
        try (SearchIndex index = SearchIndex.open(dir)) {
            index.upsert(List.of(doc(1, "story", "")));
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }

        assertThatThrownBy(() -> SearchIndexReader.open(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("delete that folder");
        assertThatThrownBy(() -> SearchIndex.open(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("delete that folder");
    }

    @Test
    void usingAClosedIndexIsAnIllegalState() throws Exception {
        SearchIndex index = SearchIndex.open(dir);
        index.close();
        SearchIndexReader reader = SearchIndexReader.open(dir);
        reader.close();

        assertThatThrownBy(() -> index.search(SearchQuery.of("x"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> index.upsert(List.of(doc(1, "x", "")))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> reader.search(SearchQuery.of("x"))).isInstanceOf(IllegalStateException.class);
    }
}
