package io.newsdesk.web.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.service.accounts.AccountService;
import io.newsdesk.service.accounts.NewToken;
import io.newsdesk.web.FixtureSite;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.SignedIn;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's isolation guarantee, for every route the server has: user B cannot read, change or
 * learn of user A's feeds, reading state, categories or tokens, and anonymous requests are
 * refused. Routes come from the running server, so a new route without a row in {@link
 * IsolationTable} fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteIsolationTest {

    /** Text that only A's data contains; none of it may reach B. */
    private static final List<String> ALICE_MARKERS = List.of("Alpha secret", "alpha-category", "alpha-token", "alice");

    private FixtureSite site;
    private RunningServer running;
    private TestUser alice;
    private TestUser bob;
    private Ids aliceIds;

    @BeforeAll
    void start(@TempDir Path dataDir) throws IOException {
        site = FixtureSite.start();
        site.put("/alpha.xml", "application/rss+xml", feed("Alpha secret feed", "alpha"));
        site.put("/bravo.xml", "application/rss+xml", feed("Bravo feed", "bravo"));
        running = RunningServer.start(dataDir);
        AccountService accounts = running.newsdesk.accounts();
        accounts.users().add("alice", "alice-password", true);
        accounts.users().add("bob", "bob-password", false);
        alice = signIn("alice", "alice-password", "alpha-token");
        bob = signIn("bob", "bob-password", "bravo-token");

        long aliceFeed = subscribe(alice, site.url("/alpha.xml"), "alpha-category");
        long bobFeed = subscribe(bob, site.url("/bravo.xml"), "bravo-category");
        long aliceEntry = firstEntry(alice, aliceFeed);
        markReadAndStarred(alice, aliceEntry);
        markReadAndStarred(bob, firstEntry(bob, bobFeed));
        long aliceCategory = running.newsdesk.reader().categoryNamed(alice.id(), "alpha-category").orElseThrow().id();
        long aliceToken = running.newsdesk.accounts().tokens().list(alice.id()).getFirst().id();
        aliceIds = new Ids(aliceFeed, aliceEntry, aliceCategory, aliceToken, alice.id());
        running.syncIndex();
    }

    @AfterAll
    void stop() {
        running.close();
        site.close();
    }

    @Test
    void everyRouteHasExactlyOneRow() {
        Set<String> routed = running.server.routes().stream()
                .map(route -> route.method() + " " + route.path())
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Long> rowCounts = IsolationTable.rows().stream()
                .collect(Collectors.groupingBy(Row::key, Collectors.counting()));

        assertThat(routed.stream().filter(route -> !rowCounts.containsKey(route)).toList())
                .as("routes without a row: add one per route to IsolationTable (how to call it, what anonymous "
                        + "and another user must get)")
                .isEmpty();
        assertThat(rowCounts.keySet().stream().filter(key -> !routed.contains(key)).toList())
                .as("rows for routes the server no longer has: remove them from IsolationTable")
                .isEmpty();
        assertThat(rowCounts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("routes with several rows in IsolationTable").isEmpty();
        assertThat(IsolationTable.rows()).allSatisfy(row -> assertThat(row.asOther).as(row.key()).isNotNull());
    }

    @Test
    void noRouteLetsAnotherUserOrNobodyReachAlicesData() {
        Map<String, String> before = snapshot(alice);
        SoftAssertions softly = new SoftAssertions();
        List<Row> rows = IsolationTable.rows();

        for (Row row : rows) {
            HttpResponse<String> response = send(row, null, aliceIds);
            softly.assertThat(row.anonymous.check().test(response))
                    .as("%s anonymously: expected %s, got %d %s", row.key(), row.anonymous.description(),
                            response.statusCode(), shorten(response.body()))
                    .isTrue();
        }
        Stream.concat(rows.stream().filter(row -> !row.endsSession), rows.stream().filter(row -> row.endsSession))
                .forEach(row -> checkAsBob(softly, row));

        softly.assertThat(snapshot(alice)).as("Alice's feeds, entry states, categories and tokens").isEqualTo(before);
        softly.assertAll();
    }

    private void checkAsBob(SoftAssertions softly, Row row) {
        HttpResponse<String> response = send(row, bob, aliceIds);
        String got = response.statusCode() + " " + shorten(response.body());
        for (String marker : ALICE_MARKERS) {
            softly.assertThat(response.body()).as("%s as Bob must not show Alice's data, got %s", row.key(), got)
                    .doesNotContainIgnoringCase(marker);
        }
        switch (row.asOther) {
            case NOT_FOUND -> {
                softly.assertThat(response.statusCode()).as("%s as Bob on Alice's object: %s", row.key(), got)
                        .isEqualTo(404);
                HttpResponse<String> nothing = send(row, bob, Ids.missing());
                softly.assertThat(nothing.statusCode())
                        .as("%s as Bob: Alice's object must look like no object at all", row.key())
                        .isEqualTo(response.statusCode());
            }
            case OWN_DATA_ONLY -> softly.assertThat(response.statusCode())
                    .as("%s as Bob: %s", row.key(), got).isLessThan(500).isNotIn(401);
            case ADMIN_ONLY -> softly.assertThat(response.statusCode())
                    .as("%s as Bob, who is no administrator: %s", row.key(), got).isEqualTo(403);
        }
    }

    /** What Alice sees of her own data, read with her session (which no row ends). */
    private Map<String, String> snapshot(TestUser user) {
        Map<String, String> state = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/feeds", "/api/v1/entries?status=all&limit=500", "/api/v1/me")) {
            HttpResponse<String> response = running.get(path, "Cookie", user.sessionCookie());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            state.put(path, withoutVolatileFields(RunningServer.json(response)).toString());
        }
        state.put("tokens", running.newsdesk.accounts().tokens().list(user.id()).stream()
                .map(token -> token.id() + " " + token.name()).toList().toString());
        state.put("categories", running.newsdesk.reader().categories(user.id()).stream()
                .map(category -> category.id() + " " + category.title() + " " + category.unread()).toList().toString());
        return state;
    }

    /** Times that change by themselves between two looks (checks of B's feeds do not touch A's). */
    private static JsonNode withoutVolatileFields(JsonNode node) {
        if (node.isObject()) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove(List.of("next_check_at", "next_check"));
        }
        node.forEach(RouteIsolationTest::withoutVolatileFields);
        return node;
    }

    private HttpResponse<String> send(Row row, TestUser user, Ids target) {
        List<String> headers = new ArrayList<>(user == null ? List.of() : row.auth.headers(user));
        byte[] body = row.body == null ? null : row.body.apply(target, user).getBytes(StandardCharsets.UTF_8);
        return running.send(row.method, row.path.apply(target), row.contentType, body, headers.toArray(String[]::new));
    }

    private TestUser signIn(String username, String password, String tokenName) {
        AccountService accounts = running.newsdesk.accounts();
        long id = accounts.users().find(username).orElseThrow().id();
        NewToken token = accounts.tokens().create(id, tokenName);
        SignedIn browser = SignedIn.as(running, username, password);
        return new TestUser(id, username, password, token.secret(), browser.cookie(), browser.csrfToken());
    }

    private long subscribe(TestUser user, String url, String category) {
        HttpResponse<String> response = running.sendJson("POST", "/api/v1/feeds",
                "{\"url\": \"" + url + "\", \"category\": \"" + category + "\"}", "X-Auth-Token", user.token());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return RunningServer.json(response).get("id").asLong();
    }

    private long firstEntry(TestUser user, long feed) {
        HttpResponse<String> response = running.get("/api/v1/entries?feed=" + feed, "X-Auth-Token", user.token());
        return RunningServer.json(response).get("entries").get(0).get("id").asLong();
    }

    private void markReadAndStarred(TestUser user, long entry) {
        HttpResponse<String> response = running.sendJson("PATCH", "/api/v1/entries/" + entry,
                "{\"read\": true, \"starred\": true}", "X-Auth-Token", user.token());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static byte[] feed(String title, String slug) {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            items.append("<item><guid>").append(slug).append('-').append(i).append("</guid><title>")
                    .append(title.replace("feed", "entry ")).append(i).append("</title><link>https://")
                    .append(slug).append(".example/").append(i).append("</link><description>About ")
                    .append(slug).append("</description></item>");
        }
        return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title><link>https://"
                + slug + ".example/</link>" + items + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    private static String shorten(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
