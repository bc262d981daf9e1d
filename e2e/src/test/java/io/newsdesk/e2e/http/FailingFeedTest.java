package io.newsdesk.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.e2e.support.ApiResponse;
import io.newsdesk.e2e.support.FixtureFeed;
import io.newsdesk.e2e.support.FixtureServer;
import io.newsdesk.e2e.support.NewsdeskServerExtension;
import io.newsdesk.e2e.support.RecordedRequest;
import io.newsdesk.e2e.support.RssFeed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A subscribed feed that starts failing, in every way a publisher can fail (an error status,
 * garbage instead of XML, no answer at all), next to a healthy feed that keeps publishing: the
 * failing feed's status tells what went wrong and how often, its stored entries stay, the healthy
 * feed keeps updating, and the failing one recovers once its publisher does.
 */
class FailingFeedTest {

    private static final String GARBAGE = "<<<this is <not> a feed & never was";

    @RegisterExtension
    static final NewsdeskServerExtension server = NewsdeskServerExtension.serve();

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
    void aFailingFeedReportsItsErrorsKeepsItsEntriesAndHoldsUpNoOtherFeed() throws Exception {
        FixtureFeed flaky = publishers.feed("/flaky.rss");
        flaky.publish(stories("Flaky Gazette", 3));
        FixtureFeed healthy = publishers.feed("/healthy.rss");
        RssFeed healthyContent = stories("Steady Herald", 1);
        healthy.publish(healthyContent);
        long flakyId = subscribe(flaky);
        long healthyId = subscribe(healthy);
        List<String> flakyGuids = guids(flakyId);
        assertThat(flakyGuids).hasSize(3);

        flaky.failWithStatus(500);
        healthyContent = publishStory(healthy, healthyContent, 2);
        JsonNode checks = post("/api/v1/feeds/refresh").path("checks");
        assertThat(outcome(checks, flakyId).path("status").asText()).isEqualTo("failed");
        assertThat(outcome(checks, flakyId).path("error").asText()).contains("500");
        assertThat(outcome(checks, healthyId).path("inserted").asInt()).isEqualTo(1);
        assertFailing(flakyId, 1, "500");
        assertThat(status(flakyId).path("last_status").asInt()).isEqualTo(500);

        flaky.publish("application/rss+xml", GARBAGE.getBytes(StandardCharsets.UTF_8));
        healthyContent = publishStory(healthy, healthyContent, 3);
        checks = post("/api/v1/feeds/refresh").path("checks");
        assertThat(outcome(checks, flakyId).path("status").asText()).isEqualTo("failed");
        assertThat(outcome(checks, healthyId).path("inserted").asInt()).isEqualTo(1);
        assertFailing(flakyId, 2, "not a feed");

        flaky.stall();
        healthyContent = publishStory(healthy, healthyContent, 4);
        CompletableFuture<ApiResponse> hanging = server.api().postAsync("/api/v1/feeds/" + flakyId + "/refresh");
        assertThat(flaky.awaitStalledRequest(Duration.ofSeconds(60))).as("the check of the flaky feed is under way").isTrue();
        JsonNode healthyCheck = post("/api/v1/feeds/" + healthyId + "/refresh");
        assertThat(healthyCheck.path("inserted").asInt()).as("the healthy feed updates while the other hangs").isEqualTo(1);
        ApiResponse timedOut = hanging.get(2, TimeUnit.MINUTES);
        assertThat(timedOut.status()).as(timedOut.toString()).isEqualTo(200);
        assertThat(timedOut.json().path("status").asText()).isEqualTo("failed");
        assertFailing(flakyId, 3, "timed out");

        assertThat(guids(flakyId)).as("everything stored before the failures is still there")
                .containsExactlyInAnyOrderElementsOf(flakyGuids);
        assertThat(guids(healthyId)).hasSize(4);

        flaky.publish(stories("Flaky Gazette", 4));
        JsonNode recovered = post("/api/v1/feeds/" + flakyId + "/refresh");
        assertThat(recovered.path("inserted").asInt()).isEqualTo(1);
        assertThat(status(flakyId).path("state").asText()).isEqualTo("ok");
        assertThat(status(flakyId).path("error_count").asInt()).isZero();
        assertThat(flaky.lastRequest().answeredStatus()).isEqualTo(200);
        assertThat(flaky.requests()).filteredOn(request -> request.answeredStatus() == RecordedRequest.NO_ANSWER)
                .hasSize(1);
    }

    /** {@code count} stories, newest first, dated within the last day. */
    private static RssFeed stories(String title, int count) {
        RssFeed feed = RssFeed.channel(title, "http://" + title.toLowerCase(Locale.ROOT).replace(' ', '-') + ".example/");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int n = 1; n <= count; n++) {
            feed = feed.with(story(n, now.minus(count - n + 1L, ChronoUnit.HOURS)));
        }
        return feed;
    }

    private static RssFeed publishStory(FixtureFeed feed, RssFeed content, int n) {
        RssFeed newer = content.with(story(n, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        feed.publish(newer);
        return newer;
    }

    private static RssFeed.Item story(int n, Instant published) {
        return new RssFeed.Item("story-" + n, "Story number " + n, published, "What happened in story " + n + ".");
    }

    private static long subscribe(FixtureFeed feed) {
        ApiResponse added = server.api().postJson("/api/v1/feeds", Map.of("url", feed.url()));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().path("id").asLong();
    }

    private static JsonNode post(String path) {
        ApiResponse response = server.api().post(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode outcome(JsonNode checks, long feedId) {
        for (JsonNode check : checks) {
            if (check.path("feed_id").asLong() == feedId) {
                return check;
            }
        }
        throw new AssertionError("no check of feed " + feedId + " in " + checks);
    }

    /** The feed's polling status as {@code GET /api/v1/feeds} lists it. */
    private static JsonNode status(long feedId) {
        for (JsonNode feed : server.api().get("/api/v1/feeds").json().path("feeds")) {
            if (feed.path("id").asLong() == feedId) {
                return feed.path("status");
            }
        }
        throw new AssertionError("feed " + feedId + " is not listed");
    }

    /** Asserts the listed status of a failing feed. */
    private static void assertFailing(long feedId, int errorCount, String errorFragment) {
        JsonNode status = status(feedId);
        assertThat(status.path("state").asText()).as(status.toString()).isEqualTo("failing");
        assertThat(status.path("error_count").asInt()).as(status.toString()).isEqualTo(errorCount);
        assertThat(status.path("last_error").asText()).as(status.toString()).isNotBlank().contains(errorFragment);
        assertThat(Instant.parse(status.path("next_check_at").asText())).as("the feed is still scheduled")
                .isAfter(Instant.parse(status.path("last_checked_at").asText()));
    }

    private static List<String> guids(long feedId) {
        List<String> guids = new ArrayList<>();
        server.api().get("/api/v1/entries?limit=100&feed=" + feedId).json().path("entries")
                .forEach(entry -> guids.add(entry.path("guid").asText()));
        return guids;
    }
}
