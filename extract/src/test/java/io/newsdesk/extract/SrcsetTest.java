package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SrcsetTest {

    @Test
    void picksTheWidestCandidate() {
        assertThat(Srcset.largest("a.jpg 300w, b.jpg 1200w, c.jpg 800w")).isEqualTo("b.jpg");
    }

    @Test
    void picksTheDensestCandidate() {
        assertThat(Srcset.largest("a.jpg, b.jpg 2x,c.jpg 1.5x")).isEqualTo("b.jpg");
    }

    @Test
    void keepsCommasInsideUrls() {
        assertThat(Srcset.largest("https://cdn.example/w_300,h_200/a.jpg 300w,"
                + " https://cdn.example/w_900,h_600/a.jpg 900w"))
                .isEqualTo("https://cdn.example/w_900,h_600/a.jpg");
    }

    @Test
    void emptyOrJunkGivesNothingOrTheOnlyUrl() {
        assertThat(Srcset.largest("  , ,")).isNull();
        assertThat(Srcset.largest("only.jpg")).isEqualTo("only.jpg");
        assertThat(Srcset.largest("x.jpg 12qw")).isEqualTo("x.jpg");
    }
}
