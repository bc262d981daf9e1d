package io.newsdesk.e2e.readers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.e2e.support.ApiResponse;
import io.newsdesk.e2e.support.FixtureServer;
import io.newsdesk.e2e.support.NewsdeskServerExtension;
import io.newsdesk.e2e.support.RssFeed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Google Reader and Fever APIs of a server process that requires sign-in, called request for
 * request as their best-known clients call them: newsboat's freshrss backend (2.24 and later) and
 * Reeder's Fever account. Each conversation ends by checking through Newsdesk's own API that it
 * took effect.
 */
class ReaderProtocolsTest {

    private static final String GREADER = "/api/greader.php";

    @RegisterExtension
    static final NewsdeskServerExtension server = NewsdeskServerExtension.serve();

    private static FixtureServer publishers;
    private static long harbour;
    private static long mountain;
    private static RawHttp http;
    private static ReaderAccount account;

    @BeforeAll
    static void subscribe() {
        publishers = FixtureServer.start();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        RssFeed wire = RssFeed.channel("Harbour Wire", "http://harbour-wire.example/");
        RssFeed post = RssFeed.channel("Mountain Post", "http://mountain-post.example/");
        for (int i = 1; i <= 3; i++) {
            wire = wire.with(new RssFeed.Item("wire-" + i, "Harbour story " + i, now.minus(i, ChronoUnit.HOURS), "Text."));
            post = post.with(new RssFeed.Item("post-" + i, "Mountain story " + i, now.minus(i, ChronoUnit.HOURS), "Text."));
        }
        publishers.feed("/wire.rss").publish(wire);
        publishers.feed("/post.rss").publish(post);
        harbour = subscribe(publishers.feed("/wire.rss").url(), "Local");
        mountain = subscribe(publishers.feed("/post.rss").url(), null);
        account = ReaderAccount.create(server.dataDir(), server.baseUri(), "reader", "a reader's long password");
        http = new RawHttp(server.baseUri());
    }

    @AfterAll
    static void stopPublishers() {
        publishers.close();
    }

    @Test
    void newsboatsFreshRssBackendSignsInReadsAndMarks() {
        // newsboat escapes the password with curl_easy_escape.
        String password = URLEncoder.encode(account.password(), StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(http.postForm(GREADER + "/accounts/ClientLogin", "Email=reader&Passwd=guess").status())
                .isEqualTo(401);
        ApiResponse login = http.postForm(GREADER + "/accounts/ClientLogin", "service=reader&Email=reader&Passwd="
                + password + "&source=newsboat%2F2.24&accountType=HOSTED_OR_GOOGLE&continue=http://www.google.com/");
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String auth = login.body().lines().filter(line -> line.startsWith("Auth=")).findFirst().orElseThrow()
                .substring("Auth=".length());
        String[] header = {"Authorization", "GoogleLogin auth=" + auth};

        JsonNode subscriptions = json(http.get(GREADER + "/reader/api/0/subscription/list?output=json", header))
                .get("subscriptions");
        assertThat(subscriptions).hasSize(2);
        List<String> items = new ArrayList<>();
        for (JsonNode subscription : subscriptions) {
            String escaped = URLEncoder.encode(subscription.get("id").asText(), StandardCharsets.UTF_8);
            JsonNode stream = json(http.get(GREADER + "/reader/api/0/stream/contents/" + escaped + "?n=100", header));
            stream.get("items").forEach(item -> {
                if (item.get("origin").get("streamId").asText().equals("feed/" + harbour)) {
                    items.add(item.get("id").asText());
                }
            });
        }
        assertThat(items).hasSize(3);

        // newsboat fetches a token before every write and sends it back with its trailing newline.
        String token = http.get(GREADER + "/reader/api/0/token", header).body();
        ApiResponse read = http.postForm(GREADER + "/reader/api/0/edit-tag", "i=" + items.getFirst()
                + "&a=user/-/state/com.google/read&r=user/-/state/com.google/kept-unread&ac=edit&T=" + token, header);
        assertThat(read.body()).isEqualTo("OK");
        assertThat(unread(harbour)).hasSize(2);

        token = http.get(GREADER + "/reader/api/0/token", header).body();
        ApiResponse all = http.postForm(GREADER + "/reader/api/0/mark-all-as-read",
                "s=feed/" + harbour + "&T=" + token, header);
        assertThat(all.body()).isEqualTo("OK");
        assertThat(unread(harbour)).isEmpty();
        assertThat(unread(mountain)).hasSize(3);
    }

    @Test
    void reedersFeverAccountSyncsAndMarks() {
        String key = "api_key=" + account.feverKey();
        assertThat(json(http.postForm("/fever/?api", "api_key=5f4dcc3b5aa765d61d8327deb882cf99")).get("auth").asInt())
                .isZero();

        JsonNode hello = json(http.postForm("/fever/?api", key));
        assertThat(hello.get("auth").asInt()).isEqualTo(1);
        assertThat(hello.get("api_version").asInt()).isEqualTo(3);
        assertThat(json(http.postForm("/fever/?api&groups", key)).get("groups").findValuesAsText("title"))
                .containsExactly("Local");
        assertThat(json(http.postForm("/fever/?api&feeds", key)).get("feeds")).hasSize(2);
        List<Long> fetched = new ArrayList<>();
        long since = 0;
        for (int page = 0; page < 5; page++) {
            JsonNode items = json(http.postForm("/fever/?api&items&since_id=" + since, key)).get("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> fetched.add(item.get("id").asLong()));
            since = fetched.getLast();
        }
        assertThat(fetched).hasSize(6);
        long mountainItem = unread(mountain).getFirst();

        json(http.postForm("/fever/?api", key + "&mark=item&as=read&id=" + mountainItem));
        json(http.postForm("/fever/?api", key + "&mark=item&as=saved&id=" + mountainItem));

        assertThat(unread(mountain)).hasSize(2).doesNotContain(mountainItem);
        assertThat(json(http.postForm("/fever/?api&saved_item_ids", key)).get("saved_item_ids").asText())
                .isEqualTo(Long.toString(mountainItem));
        long before = Instant.now().plusSeconds(60).getEpochSecond();
        json(http.postForm("/fever/?api", key + "&mark=feed&as=read&id=" + mountain + "&before=" + before));
        assertThat(unread(mountain)).isEmpty();
    }

    private static long subscribe(String url, String category) {
        ApiResponse added = server.api().postJson("/api/v1/feeds",
                category == null ? Map.of("url", url) : Map.of("url", url, "category", category));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private static List<Long> unread(long feedId) {
        ApiResponse response = http.get("/api/v1/entries?status=unread&feed=" + feedId, account.basic());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().get("entries").forEach(entry -> ids.add(entry.get("id").asLong()));
        return ids;
    }

    private static JsonNode json(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
