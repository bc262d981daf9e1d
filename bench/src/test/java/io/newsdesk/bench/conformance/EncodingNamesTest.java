package io.newsdesk.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Encoding names in feedparser's spelling. */
class EncodingNamesTest {

    @Test
    void guessedEncodingsAreSpelledAsChardetSpellsThem() {
        assertThat(EncodingNames.asFeedparser("Shift_JIS")).isEqualTo("SHIFT_JIS");
        assertThat(EncodingNames.asFeedparser("x-mac-cyrillic")).isEqualTo("MacCyrillic");
    }

    @Test
    void otherNamesAndDeclaredLabelsStayAsTheyAre() {
        assertThat(EncodingNames.asFeedparser("Big5")).isEqualTo("Big5");
        assertThat(EncodingNames.asFeedparser("shift_jis")).as("a declared label, reported as declared").isEqualTo("shift_jis");
        assertThat(EncodingNames.asFeedparser("utf-8")).isEqualTo("utf-8");
    }
}
