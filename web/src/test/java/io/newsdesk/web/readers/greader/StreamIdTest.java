package io.newsdesk.web.readers.greader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.BadRequestResponse;
import org.junit.jupiter.api.Test;

class StreamIdTest {

    private static final long USER = 7;

    @Test
    void readsStatesLabelsAndFeeds() {
        assertThat(StreamId.parse("user/-/state/com.google/reading-list", USER)).isEqualTo(new StreamId.ReadingList());
        assertThat(StreamId.parse("user/-/state/com.google/starred", USER)).isEqualTo(new StreamId.Starred());
        assertThat(StreamId.parse("user/-/state/com.google/read", USER)).isEqualTo(new StreamId.Read());
        assertThat(StreamId.parse("user/-/label/Tech & Science", USER)).isEqualTo(new StreamId.Label("Tech & Science"));
        assertThat(StreamId.parse("feed/12", USER)).isEqualTo(new StreamId.FeedById(12));
        assertThat(StreamId.parse("feed/https://news.example/feed?a=1", USER))
                .isEqualTo(new StreamId.FeedByUrl("https://news.example/feed?a=1"));
    }

    @Test
    void theUsersOwnIdStandsForTheDash() {
        assertThat(StreamId.parse("user/7/state/com.google/starred", USER)).isEqualTo(new StreamId.Starred());
        assertThat(StreamId.parse("user/7/label/News", USER)).isEqualTo(new StreamId.Label("News"));
        assertThatThrownBy(() -> StreamId.parse("user/8/state/com.google/starred", USER))
                .isInstanceOf(BadRequestResponse.class);
    }

    @Test
    void refusesUnknownStreams() {
        for (String bad : new String[] {"", "bogus", "user/-/state/com.google/like", "user/-/label/", "feed/",
                "feed/99999999999999999999", "splice/abc"}) {
            assertThatThrownBy(() -> StreamId.parse(bad, USER))
                    .as(bad)
                    .isInstanceOf(BadRequestResponse.class)
                    .hasMessageContaining("stream id");
        }
    }
}
