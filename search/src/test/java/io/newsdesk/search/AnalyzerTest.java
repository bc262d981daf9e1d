package io.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    private final NewsAnalyzer analyzer = new NewsAnalyzer();

    private List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "@" + text.substring(offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void foldsCaseAndDiacriticsKeepingTheOriginalOffsets() throws IOException {
        assertThat(tokens("Crème Brûlée à São Paulo, Ærø"))
                .containsExactly("creme@Crème", "brulee@Brûlée", "a@à", "sao@São", "paulo@Paulo", "aero@Ærø");
    }

    @Test
    void dropsEnglishPossessivesOnly() throws IOException {
        assertThat(tokens("Reid's agent’s don't")).containsExactly("reid@Reid's", "agent@agent’s", "don't@don't");
    }

    @Test
    void splitsAtColonsButKeepsOtherWordInternalPunctuation() throws IOException {
        assertThat(tokens("EU:n title:budget e-mail U.S. 3.5%"))
                .containsExactly("eu@EU", "n@n", "title@title", "budget@budget", "e@e", "mail@mail", "u.s@U.S", "3.5@3.5");
    }

    @Test
    void normalizesPrefixTermsLikeTokens() {
        assertThat(analyzer.normalize(IndexFields.BODY, "CAFÉ").utf8ToString()).isEqualTo("cafe");
    }
}
