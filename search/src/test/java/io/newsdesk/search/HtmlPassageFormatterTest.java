package io.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class HtmlPassageFormatterTest {

    private final HtmlPassageFormatter formatter = new HtmlPassageFormatter();

    private static Passage passage(int start, int end, int... matchOffsets) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        for (int i = 0; i < matchOffsets.length; i += 2) {
            passage.addMatch(matchOffsets[i], matchOffsets[i + 1], new BytesRef("t"), 1);
        }
        passage.setScore(matchOffsets.length / 2f);
        return passage;
    }

    private HighlightedPassage formatOne(Passage passage, String content) {
        return formatter.format(new Passage[] {passage}, content).passages().get(0);
    }

    @Test
    void overlappingAndTouchingMatchesBecomeOneMark() {
        String content = "the new york times";
        //                0123456789012345678
        HighlightedPassage formatted = formatOne(passage(0, 18, 4, 12, 4, 7, 8, 12, 13, 18), content);

        assertThat(formatted.html()).isEqualTo("the <mark>new york</mark> <mark>times</mark>");
        assertThat(formatted.matched()).isTrue();
    }

    @Test
    void matchesGivenOutOfOrderAreStillMarkedInOrder() {
        String content = "alpha beta gamma";
        HighlightedPassage formatted = formatOne(passage(0, 16, 11, 16, 0, 5), content);

        assertThat(formatted.html()).isEqualTo("<mark>alpha</mark> beta <mark>gamma</mark>");
    }

    @Test
    void escapesEverythingHtmlCouldInterpret() {
        String content = "<a href=\"x\" onclick='y'>&amp;</a>";
        HighlightedPassage formatted = formatOne(passage(0, content.length()), content);

        assertThat(formatted.html())
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
        assertThat(formatted.matched()).isFalse();
    }

    @Test
    void reportsWhetherThePassageReachesTheEdgesOfTheText() {
        String content = "  one two three  ";
        HighlightedPassage middle = formatOne(passage(6, 9, 6, 9), content);
        HighlightedPassage whole = formatOne(passage(2, 15, 6, 9), content);

        assertThat(middle.startsText()).isFalse();
        assertThat(middle.endsText()).isFalse();
        assertThat(whole.startsText()).isTrue();
        assertThat(whole.endsText()).isTrue();
        assertThat(whole.html()).isEqualTo("one <mark>two</mark> three");
    }
}
