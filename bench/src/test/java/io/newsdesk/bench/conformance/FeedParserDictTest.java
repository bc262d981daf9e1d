package io.newsdesk.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.bench.conformance.expr.EvaluationError;
import java.util.List;
import org.junit.jupiter.api.Test;

/** feedparser's aliases, as its tests read the result through them. */
class FeedParserDictTest {

    @Test
    void aliasesReadTheRealKeys() throws Exception {
        FeedParserDict feed = new FeedParserDict().put("subtitle", "sub").put("rights", "(c)").put("id", "urn:1")
                .put("updated", "u").put("published", "p");

        assertThat(feed.getItem("tagline")).isEqualTo("sub");
        assertThat(feed.getItem("description")).as("no summary, so the subtitle").isEqualTo("sub");
        assertThat(feed.getItem("copyright")).isEqualTo("(c)");
        assertThat(feed.getItem("guid")).isEqualTo("urn:1");
        assertThat(feed.getItem("modified")).isEqualTo("u");
        assertThat(feed.getItem("issued")).isEqualTo("p");
        assertThat(feed.put("summary", "sum").getItem("description")).isEqualTo("sum");
    }

    @Test
    void updatedFallsBackToPublishedButIsNotContainedThen() throws Exception {
        FeedParserDict entry = new FeedParserDict().put("published", "p").put("published_parsed", "pp");

        assertThat(entry.getItem("updated")).isEqualTo("p");
        assertThat(entry.getItem("updated_parsed")).isEqualTo("pp");
        assertThat(entry.containsKey("updated")).isFalse();
        assertThat(entry.containsKey("modified")).isFalse();
    }

    @Test
    void categoryEnclosuresAndLicenseComeFromTagsAndLinks() throws Exception {
        FeedParserDict enclosure = new FeedParserDict().put("rel", "enclosure").put("href", "http://e/a.mp3").put("length", "1");
        FeedParserDict license = new FeedParserDict().put("rel", "license").put("href", "http://cc/");
        FeedParserDict entry = new FeedParserDict()
                .put("tags", List.of(new FeedParserDict().put("term", "news")))
                .put("links", List.of(enclosure, license));

        assertThat(entry.getItem("category")).isEqualTo("news");
        assertThat(entry.getItem("license")).isEqualTo("http://cc/");
        NewsdeskResultTest.assertPythonEqual(entry.getItem("enclosures"),
                List.of(new FeedParserDict().put("href", "http://e/a.mp3").put("length", "1")));
        assertThatThrownBy(() -> new FeedParserDict().getItem("category")).isInstanceOf(EvaluationError.class);
    }

    @Test
    void missingAttributesAreAttributeErrors() {
        assertThatThrownBy(() -> new FeedParserDict().getAttribute("link"))
                .isInstanceOf(EvaluationError.class).hasMessageStartingWith("AttributeError");
    }
}
