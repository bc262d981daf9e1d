package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassHintsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            article-body            |            | 25  | false
            entry-content           |            | 25  | false
                                    | storyBody  | 25  | false
            post-comments           |            | 0   | true
            share-bar               |            | -25 | true
            sharebar                |            | -25 | true
            relatedPosts            |            | -25 | true
            newsletter-signup       |            | -25 | true
            ad                      |            | -25 | true
            header                  |            | -25 | false
            commentary              |            | 0   | false
            shadow loading          |            | 0   | false
            article-body            | comments   | 0   | true
            social-media-embed      |            | 0   | false
            social-links            |            | -25 | true
            """)
    void readsClassAndIdNames(String classes, String id, int weight, boolean boilerplate) {
        Element element = new Element("div");
        if (classes != null) {
            element.attr("class", classes);
        }
        if (id != null) {
            element.attr("id", id);
        }

        ClassHints.Hint hint = new ClassHints().of(element);

        assertThat(hint.weight()).isEqualTo(weight);
        assertThat(hint.boilerplate()).isEqualTo(boilerplate);
    }
}
