package io.newsdesk.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.e2e.support.ApiResponse;
import io.newsdesk.e2e.support.Eventually;
import io.newsdesk.e2e.support.FixtureFeed;
import io.newsdesk.e2e.support.FixtureServer;
import io.newsdesk.e2e.support.NewsdeskServerExtension;
import io.newsdesk.e2e.support.RssFeed;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The background poller in a real server process: a feed that changes is picked up without anyone
 * asking for a refresh, by a conditional request, and what it brings is searchable.
 */
class BackgroundPollingTest {

    @RegisterExtension
    static final NewsdeskServerExtension server = NewsdeskServerExtension.launchedBy(FastPollingServer.class);

    private static FixtureServer publishers;

    @BeforeAll
    static void startPublishers() {
        publishers = FixtureServer.start();
    }

    @AfterAll
    static void stopPublishers() {
        publishers.close();
    }

    @Test
    void aChangedFeedIsPickedUpWithoutARefresh() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RssFeed content = RssFeed.channel("Tide Tables", "http://tide-tables.example/")
                .with(new RssFeed.Item("tide-1", "Spring tides this weekend", now.minus(2, ChronoUnit.HOURS),
                        "Expect the highest water of the month on Saturday."))
                .with(new RssFeed.Item("tide-2", "Harbour gauge replaced", now.minus(1, ChronoUnit.HOURS),
                        "The old gauge had served since 1962."));
        FixtureFeed tides = publishers.feed("/tides.rss");
        tides.publish(content);
        ApiResponse added = server.api().postJson("/api/v1/feeds", Map.of("url", tides.url()));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long feedId = added.json().path("id").asLong();
        Instant addedCheck = Instant.parse(added.json().path("status").path("last_checked_at").asText());
        String firstEtag = tides.currentEtag();

        tides.publish(content.with(new RssFeed.Item("tide-3", "Storm surge warning lifted", now,
                "The surge barrier opens again at noon.")));

        Eventually.holds(() -> {
            JsonNode entries = server.api().get("/api/v1/entries?feed=" + feedId).json();
            assertThat(entries.path("total").asInt()).isEqualTo(3);
            assertThat(entries.path("entries").get(0).path("title").asText()).isEqualTo("Storm surge warning lifted");
        });
        JsonNode status = server.api().get("/api/v1/feeds/" + feedId).json().path("status");
        assertThat(Instant.parse(status.path("last_checked_at").asText())).isAfter(addedCheck);
        assertThat(status.path("error_count").asInt()).isZero();
        assertThat(tides.requests()).filteredOn(request -> request.answeredStatus() == 200)
                .as("the document was downloaded only when it had changed: at the add and once after")
                .hasSize(2)
                .last()
                .as("the poll that found the change was conditional")
                .extracting(request -> request.header("If-None-Match"))
                .isEqualTo(firstEtag);

        Eventually.holds(() -> assertThat(server.api().search("surge barrier").json().path("total").asInt())
                .isEqualTo(1));
    }
}
