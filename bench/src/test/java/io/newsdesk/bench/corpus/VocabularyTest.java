package io.newsdesk.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void readsClassesSkippingCommentsAndBlankItems() {
        Vocabulary vocabulary = Vocabulary.parse("""
                # a comment
                noun: plan, budget ,, report

                verb: cut
                """);

        assertThat(vocabulary.items("noun")).containsExactly("plan", "budget", "report");
        assertThat(vocabulary.items("verb")).containsExactly("cut");
        assertThat(vocabulary.pick("verb", new SplittableRandom(1))).isEqualTo("cut");
    }

    @Test
    void refusesMalformedLinesAndUnknownClasses() {
        assertThatThrownBy(() -> Vocabulary.parse("no colon here")).hasMessageContaining("no colon here");
        assertThatThrownBy(() -> Vocabulary.parse("empty: , ,")).hasMessageContaining("without items");
        assertThatThrownBy(() -> Vocabulary.parse("noun: plan").items("verb")).hasMessageContaining("'verb'");
    }

    @Test
    void theBundledVocabularyHasEveryClassTheTextUses() {
        Vocabulary bundled = Vocabulary.bundled();
        NewsText text = new NewsText(bundled, new SplittableRandom(3));

        // Every template draws from the bundle; a missing class would throw here.
        for (int i = 0; i < 200; i++) {
            assertThat(text.sentence("Valemouth")).matches("[A-Z\"].*[.]");
            assertThat(text.headline("Valemouth")).isNotBlank();
        }
        assertThat(text.bodyHtml("Valemouth", "https://valemouth.example", 4000)).hasSizeGreaterThanOrEqualTo(4000);
    }
}
