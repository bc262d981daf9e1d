package io.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetComposerTest {

    private static HighlightedPassage matched(int start, int end, float score, String html) {
        return new HighlightedPassage(start, end, score, true, start == 0, false, html);
    }

    private static HighlightedPassage opening(int end, boolean endsText, String html) {
        return new HighlightedPassage(0, end, 0, false, true, endsText, html);
    }

    @Test
    void keepsTheBestPassagesThatFitTheBudgetInReadingOrder() {
        HighlightedPassage weak = matched(100, 250, 1f, "weak");
        HighlightedPassage strong = matched(400, 550, 5f, "strong");
        HighlightedPassage tooLong = matched(900, 1100, 3f, "too long");

        String snippet = SnippetComposer.compose(List.of(), List.of(weak, strong, tooLong));

        assertThat(snippet).isEqualTo("… weak … strong …");
    }

    @Test
    void alwaysShowsTheBestPassageEvenWhenItAloneExceedsTheBudget() {
        HighlightedPassage huge = matched(0, SnippetComposer.BUDGET * 2, 1f, "huge");

        assertThat(SnippetComposer.compose(List.of(), List.of(huge))).isEqualTo("huge …");
    }

    @Test
    void aWholeStandfirstFollowedByTheBodyOpeningNeedsNoGap() {
        HighlightedPassage dek = new HighlightedPassage(0, 40, 2f, true, true, true, "dek");
        HighlightedPassage body = matched(0, 150, 1f, "body");

        assertThat(SnippetComposer.compose(List.of(dek), List.of(body))).isEqualTo("dek body …");
    }

    @Test
    void adjacentPassagesOfOneFieldJoinWithoutAGap() {
        HighlightedPassage first = matched(50, 150, 1f, "first");
        HighlightedPassage second = matched(150, 250, 1f, "second");

        assertThat(SnippetComposer.compose(List.of(), List.of(first, second))).isEqualTo("… first second …");
    }

    @Test
    void withoutMatchesItFallsBackToTheBodyOpeningThenTheStandfirst() {
        HighlightedPassage dekOpening = opening(30, true, "dek opening");
        HighlightedPassage bodyOpening = opening(200, false, "body opening");

        assertThat(SnippetComposer.compose(List.of(dekOpening), List.of(bodyOpening))).isEqualTo("body opening …");
        assertThat(SnippetComposer.compose(List.of(dekOpening), List.of())).isEqualTo("dek opening");
        assertThat(SnippetComposer.compose(List.of(), List.of())).isEmpty();
    }
}
