package io.newsdesk.search;

import static io.newsdesk.search.Docs.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever a user types, searching answers instead of failing. */
class QuerySyntaxRobustnessTest {

    private static Path dir;
    private static SearchIndex index;

    @BeforeContainer
    static void openIndex() throws Exception {
        dir = Files.createTempDirectory("search-robustness");
        index = SearchIndex.open(dir);
        index.upsert(List.of(
                doc(1, "Unbalanced budget", "The senate and the house disagree; AND OR NOT are words too."),
                doc(2, "Title: a colon story", "Prices rose 3.5% in the café district (again)."),
                doc(3, "東京の天気", "晴れのち曇り。")));
    }

    @AfterContainer
    static void closeIndex() throws IOException {
        index.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<String> syntaxHeavyText() {
        return Arbitraries.strings()
                .withChars("\"*-+|()~\\:^[]{}!?/&' \t")
                .withChars("abcsenatéhouseAOR東京")
                .ofMaxLength(40);
    }

    @Property(tries = 500)
    void operatorSoupNeverThrows(@ForAll("syntaxHeavyText") String text) {
        SearchResults results = index.search(SearchQuery.of(text));

        assertThat(results.total()).isBetween(0L, 3L);
        assertThat(results.hits()).hasSize((int) results.total());
    }

    @Property(tries = 300)
    void arbitraryUnicodeNeverThrows(@ForAll String text) {
        assertThat(index.search(SearchQuery.of(text).orderedBy(SearchOrder.NEWEST)).total()).isBetween(0L, 3L);
    }

    @Example
    void malformedSyntaxDegradesToPlainWords() {
        assertThat(ids("\"unbalanced budget")).containsExactly(1L);
        assertThat(ids("senate AND OR")).containsExactly(1L);
        assertThat(ids("senate +")).containsExactly(1L);
        assertThat(ids("| senate")).containsExactly(1L);
        assertThat(ids("(senate")).containsExactly(1L);
        assertThat(ids("senate)")).containsExactly(1L);
        assertThat(ids("title:colon")).containsExactly(2L);
        assertThat(ids("author:nobody")).isEmpty();
        assertThat(ids("*")).as("a lone star matches everything").containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(ids("senate *")).containsExactly(1L);
        assertThat(ids("-")).isEmpty();
        assertThat(ids("\"\"")).isEmpty();
        assertThat(ids("senate~")).as("no fuzzy operator").containsExactly(1L);
        assertThat(ids("senat~")).isEmpty();
        assertThat(ids("東京")).containsExactly(3L);
    }

    @Example
    void alternativesAndGroupsWork() {
        assertThat(ids("senate | colon")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(ids("(senate | colon) -budget")).containsExactly(2L);
    }

    @Example
    void overlongQueriesAreShortenedNotRefused() {
        String pastedArticle = "senate ".repeat(5_000);
        String oneCharacterWords = "a b c d e f g h i j k l m n o p q r s t u v w x y z ".repeat(40);
        String ideographs = "東京天気晴曇".repeat(500);

        assertThat(ids(pastedArticle)).containsExactly(1L);
        assertThat(index.search(SearchQuery.of(oneCharacterWords)).total()).isZero();
        assertThat(index.search(SearchQuery.of(ideographs)).total()).isZero();
    }

    private static List<Long> ids(String text) {
        return index.search(SearchQuery.of(text)).hits().stream().map(SearchHit::entryId).toList();
    }
}
