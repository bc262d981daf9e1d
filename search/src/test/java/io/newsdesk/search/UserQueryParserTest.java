package io.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

class UserQueryParserTest {

    private final UserQueryParser parser = new UserQueryParser(new NewsAnalyzer());

    private static List<Term> terms(Query query) {
        List<Term> terms = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... leafTerms) {
                terms.addAll(List.of(leafTerms));
            }
        });
        return terms;
    }

    @Test
    void everyWordIsSearchedInEveryWeightedField() {
        Query query = parser.parse("Budget talks").orElseThrow();

        assertThat(terms(query)).extracting(Term::field)
                .containsOnly(IndexFields.SEARCH_WEIGHTS.keySet().toArray(String[]::new));
        assertThat(terms(query)).extracting(Term::text).containsOnly("budget", "talks");
        assertThat(query.toString()).contains("^3.0").doesNotContain("~");
    }

    @Test
    void textWithoutWordsGivesNoQuery() {
        assertThat(parser.parse("")).isEmpty();
        assertThat(parser.parse(" -- ++ || ")).isEmpty();
        assertThat(parser.parse("\"\"")).isEmpty();
    }

    @Test
    void anOverlongQueryKeepsItsFirstWordsWithinTheTermLimit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append("w").append(i).append(' ');
        }

        Optional<Query> query = parser.parse(text.toString());

        assertThat(query).isPresent();
        List<String> words = terms(query.get()).stream().map(Term::text).distinct().toList();
        assertThat(words).contains("w0", "w1", "w2").doesNotContain("w1999");
        assertThat(terms(query.get())).hasSizeLessThanOrEqualTo(UserQueryParser.MAX_QUERY_TERMS);
    }

    @Test
    void aWordlessRunOfIdeographsIsCutToo() {
        Optional<Query> query = parser.parse("東京".repeat(1_000));

        assertThat(query).isPresent();
        assertThat(terms(query.get())).hasSizeLessThanOrEqualTo(UserQueryParser.MAX_QUERY_TERMS);
    }

    @Test
    void shortenCutsAtASpaceAndNeverSplitsASurrogatePair() {
        assertThat(UserQueryParser.shorten("alpha beta gamma", 12)).isEqualTo("alpha beta");
        assertThat(UserQueryParser.shorten("alpha", 10)).isEqualTo("alpha");
        assertThat(UserQueryParser.shorten("abc\uD83D\uDE00def", 4)).isEqualTo("abc");
        assertThat(UserQueryParser.shorten("abcdef", 0)).isEmpty();
    }

    @Property
    void shortenNeverExceedsTheLimit(@ForAll String text, @ForAll @IntRange(min = 0, max = 50) int limit) {
        String shortened = UserQueryParser.shorten(text, limit);

        assertThat(shortened.length()).isLessThanOrEqualTo(limit);
        assertThat(text).contains(shortened);
    }
}
