package io.newsdesk.web.readers.greader;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.web.RunningServer;
import io.newsdesk.web.readers.ReaderSite;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed Google Reader requests: 4xx with a plain-text message that says what is wrong, and
 * no state changed (checked at the end).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoogleReaderBadInputTest {

    private static final String API = "/api/greader.php/reader/api/0";

    private ReaderSite reader;
    private long entry;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        reader = ReaderSite.start(dataDir);
        entry = reader.entryIds(reader.blog).getFirst();
    }

    @AfterAll
    void nothingChanged() {
        try {
            assertThat(reader.unread()).isEqualTo(ReaderSite.ALL_ENTRIES);
            assertThat(RunningServer.json(reader.server.get("/api/v1/entries?starred=true")).get("total").asLong())
                    .isZero();
            assertThat(RunningServer.json(reader.server.get("/api/v1/feeds")).get("total").asLong()).isEqualTo(2);
        } finally {
            reader.close();
        }
    }

    @Test
    void refusesUnknownStreamsAndFindsNothingForUnknownFeedsAndLabels() {
        assertAnswer(reader.server.get(API + "/stream/contents/bogus%2Fstream"), 400, "unknown stream id 'bogus/stream'");
        assertAnswer(reader.server.get(API + "/stream/items/ids?s=splice/x"), 400, "unknown stream id 'splice/x'");
        assertAnswer(reader.server.get(API + "/stream/contents/feed%2F424242"), 404, "no feed 424242");
        assertAnswer(reader.server.get(API + "/stream/contents/feed%2Fhttps%3A%2F%2Fnowhere.example%2Ffeed"), 404,
                "no feed https://nowhere.example/feed");
        assertAnswer(reader.server.get(API + "/stream/contents/user%2F-%2Flabel%2FNope"), 404, "no label 'Nope'");
        assertAnswer(reader.server.get(API + "/stream/contents/feed%2F99999999999999999999"), 400,
                "stream id must be a whole number");
        assertAnswer(form("/mark-all-as-read", "s=user/-/label/Nope"), 404, "no label 'Nope'");
        assertAnswer(form("/mark-all-as-read", "s=user/-/state/com.google/starred"), 400,
                "mark-all-as-read takes a feed, a folder or the reading list");
        assertAnswer(form("/mark-all-as-read", "T=x"), 400, "parameter 's' is required");
    }

    @Test
    void refusesBadItemIdsAndStates() {
        String read = "&a=user/-/state/com.google/read";
        assertAnswer(form("/edit-tag", "i=-5" + read), 400, "item id '-5' is not an item id");
        assertAnswer(form("/edit-tag", "i=99999999999999999999" + read), 400, "is not an item id");
        assertAnswer(form("/edit-tag", "i=tag:google.com,2005:reader/item/ffffffffffffffff" + read), 400,
                "is not an item id");
        assertAnswer(form("/edit-tag", "i=first" + read), 400, "item id 'first' is not an item id");
        assertAnswer(form("/edit-tag", "i=" + entry + "&i=oops" + read), 400, "item id 'oops' is not an item id");
        assertAnswer(form("/edit-tag", "a=user/-/state/com.google/read"), 400, "parameter 'i' is required");
        assertAnswer(form("/edit-tag", "i=" + entry), 400, "give a state to add (a) or remove (r)");
        assertAnswer(form("/edit-tag", "i=" + entry + "&a=user/-/label/Later"), 400,
                "Newsdesk has no labels on single items");
        assertAnswer(form("/edit-tag", "i=" + entry + "&r=bogus"), 400, "unknown stream id 'bogus'");
        assertAnswer(form("/edit-tag", "i=" + entry + "&a=user/-/state/com.google/read&T=stolen"), 401,
                "the action token T is not valid");
        assertThat(form("/edit-tag", "i=" + entry + "&a=user/-/state/com.google/read&T=stolen")
                .headers().firstValue("Google-Bad-Token")).contains("true");
        StringBuilder many = new StringBuilder("a=user/-/state/com.google/read");
        for (int i = 1; i <= 1001; i++) {
            many.append("&i=").append(i);
        }
        assertAnswer(form("/edit-tag", many.toString()), 400, "at most 1000 items at once, got 1001");
        assertAnswer(reader.server.get(API + "/stream/items/contents"), 400, "parameter 'i' is required");
    }

    @Test
    void refusesBadPagingAndFilters() {
        String list = API + "/stream/contents/user%2F-%2Fstate%2Fcom.google%2Freading-list?";
        assertAnswer(reader.server.get(list + "n=ten"), 400, "parameter 'n' must be a whole number from 1 to");
        assertAnswer(reader.server.get(list + "n=-1"), 400, "parameter 'n' must be a whole number from 1 to");
        assertAnswer(reader.server.get(list + "r=x"), 400, "parameter 'r' must be d (newest first) or o");
        assertAnswer(reader.server.get(list + "c=next"), 400, "continuation 'c' must be a whole number");
        assertAnswer(reader.server.get(list + "ot=yesterday"), 400, "parameter 'ot' (Unix seconds)");
        assertAnswer(reader.server.get(list + "xt=feed/1"), 400, "parameter 'xt' can exclude");
        assertAnswer(reader.server.get(list + "it=user/-/label/Code"), 400, "parameter 'it' can include");
        assertAnswer(reader.server.get(API + "/subscription/list?output=xml"), 400,
                "only output=json is supported, not output=xml");
        assertAnswer(reader.server.get(API + "/stream/items/ids?s=feed/1&s=feed/2"), 400,
                "parameter 's' must name one stream, got 2");
        assertThat(reader.server.get(list + "n=100000").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesBadSubscriptionEdits() {
        assertAnswer(form("/subscription/edit", "ac=follow&s=feed/" + reader.blog), 400,
                "parameter 'ac' must be subscribe, unsubscribe or edit, got 'follow'");
        assertAnswer(form("/subscription/edit", "ac=edit"), 400, "parameter 's' is required");
        assertAnswer(form("/subscription/edit", "ac=subscribe&s=feed/" + reader.blog), 400,
                "to subscribe, 's' must be feed/ followed by the feed's URL");
        assertAnswer(form("/subscription/edit", "ac=edit&s=feed/424242&t=Mine"), 404, "no feed 424242");
        assertAnswer(form("/subscription/edit", "ac=unsubscribe&s=user/-/label/Code"), 400,
                "parameter 's' must name a feed");
        assertAnswer(form("/subscription/edit", "ac=edit&s=feed/" + reader.blog + "&a=Later"), 400,
                "unknown stream id 'Later'");
        assertAnswer(form("/subscription/quickadd", ""), 400, "parameter 'quickadd' is required");
        assertAnswer(form("/subscription/quickadd", "quickadd=not a url"), 400, "not a url");
    }

    @Test
    void answersLimitsUnknownEndpointsAndMethodsInPlainText() {
        byte[] huge = ("i=" + entry + "&a=user/-/state/com.google/read&x=" + "y".repeat(2 * 1024 * 1024))
                .getBytes(StandardCharsets.UTF_8);
        assertAnswer(reader.server.send("POST", API + "/edit-tag", "application/x-www-form-urlencoded", huge), 413,
                "request body too large: at most 1 MiB is accepted here");
        assertAnswer(reader.server.get(API + "/preference/list"), 404,
                "no such endpoint: GET " + API + "/preference/list");
        assertAnswer(reader.server.get(API + "/edit-tag"), 405, "method GET is not allowed");
        assertAnswer(reader.postForm("/api/greader.php/accounts/ClientLogin", "Email=a"), 400,
                "Error=BadAuthentication");
    }

    private HttpResponse<String> form(String endpoint, String body) {
        return reader.postForm(API + endpoint, body);
    }

    private static void assertAnswer(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(RunningServer.contentType(response)).startsWith("text/plain");
        assertThat(response.body()).contains(message).doesNotContain("Exception").endsWith("\n");
    }
}
