package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleCleanerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Bridge reopens | The Paper              | The Paper | paper.example
            Bridge reopens - The Paper              | The Paper | paper.example
            The Paper: Bridge reopens               | The Paper | paper.example
            Bridge reopens — SlashGear              |           | slashgear.com
            Bridge reopens | BBC News               |           | news.bbc.co.uk
            Bridge reopens | BBC                    |           | news.bbc.co.uk
            Bridge reopens · paper.example          |           | paper.example
            """)
    void removesTheSiteName(String title, String siteName, String host) {
        assertThat(TitleCleaner.clean(title, siteName, host, List.of()))
                .isEqualTo("Bridge reopens");
    }

    @Test
    void keepsDashesThatAreNotSeparatorsOfTheSite() {
        assertThat(TitleCleaner.clean("Covid-19 - what we know so far", "The Paper",
                "paper.example", List.of())).isEqualTo("Covid-19 - what we know so far");
        assertThat(TitleCleaner.clean("Trump says X - Report", "The Paper", "paper.example",
                List.of())).isEqualTo("Trump says X - Report");
    }

    @Test
    void theHeadlineOnThePageIdentifiesTheTitlesHeadline() {
        assertThat(TitleCleaner.clean("Markets fall sharply | Business | Daily Planet", null,
                "planet.example", List.of("Markets fall sharply")))
                .isEqualTo("Markets fall sharply");
    }
}
