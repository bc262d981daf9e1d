package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Enclosure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleViewTest {

    @Test
    void bylineJoinsAuthorsNaturally() {
        assertThat(ArticleView.byline(List.of())).isNull();
        assertThat(ArticleView.byline(List.of("Ann"))).isEqualTo("Ann");
        assertThat(ArticleView.byline(List.of("Ann", "Bo"))).isEqualTo("Ann and Bo");
        assertThat(ArticleView.byline(List.of("Ann", " ", "Bo", "Cy", "Ann"))).isEqualTo("Ann, Bo and Cy");
    }

    @Test
    void updatedTimeIsShownOnlyWhenItDiffers() {
        var same = Samples.entry().updated(Samples.NOW.minus(Duration.ofHours(3))).build();
        var later = Samples.entry().updated(Samples.NOW.minus(Duration.ofMinutes(20))).build();

        assertThat(ArticleView.from(Samples.stored(1, same, false, false), Samples.TIME).updated()).isNull();
        assertThat(ArticleView.from(Samples.stored(1, later, false, false), Samples.TIME).updated().relative())
                .isEqualTo("20 minutes ago");
    }

    @Test
    void leadImageIsLeftOutWhenTheBodyAlreadyShowsIt() {
        var repeated = Samples.entry()
                .imageUrl("https://cdn.example/lead.jpg")
                .content("<p><img src=\"https://cdn.example/lead.jpg\" alt=\"\"></p>")
                .build();

        assertThat(ArticleView.from(Samples.stored(1, repeated, false, false), Samples.TIME).imageUrl()).isNull();
    }

    @Test
    void enclosuresWithUnsafeUrlsAreDroppedAndKindsAreRecognized() {
        var entry = Samples.entry()
                .enclosure(new Enclosure("javascript:alert(1)", "audio/mpeg", null))
                .enclosure(new Enclosure("https://cdn.example/show.m4a?token=1", null, 1_500L))
                .enclosure(new Enclosure("https://cdn.example/photo", "image/jpeg", null))
                .build();

        var enclosures = ArticleView.from(Samples.stored(1, entry, false, false), Samples.TIME).enclosures();

        assertThat(enclosures).extracting(EnclosureView::kind).containsExactly(MediaKind.AUDIO, MediaKind.IMAGE);
        assertThat(enclosures.get(0).fileName()).isEqualTo("show.m4a");
        assertThat(enclosures.get(0).details()).isEqualTo("1.5 KB");
        assertThat(enclosures.get(1).details()).isEqualTo("image/jpeg");
    }

    @Test
    void categoriesAreTrimmedAndDeduplicated() {
        var entry = Samples.entry().category(" Politics ").category("Politics").category("").category("City").build();

        assertThat(ArticleView.from(Samples.stored(1, entry, false, false), Samples.TIME).categories())
                .containsExactly("Politics", "City");
    }

    @Test
    void languageIsNormalizedOrDropped() {
        assertThat(ArticleView.from(Samples.stored(1, Samples.entry().language("en_GB").build(), false, false), Samples.TIME).language())
                .isEqualTo("en-GB");
        assertThat(ArticleView.from(Samples.stored(1, Samples.entry().language("not a tag").build(), false, false), Samples.TIME).language())
                .isNull();
    }
}
