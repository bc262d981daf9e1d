package io.newsdesk.web.api;

import static io.newsdesk.web.api.ApiErrorsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.FixtureSite;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.WebSettings;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlApiTest {

    @TempDir
    Path dataDir;

    private FixtureSite site;
    private RunningServer running;

    @BeforeEach
    void start() throws IOException {
        site = FixtureSite.start();
        running = RunningServer.start(dataDir);
    }

    @AfterEach
    void stop() {
        running.close();
        site.close();
    }

    @Test
    void importsEveryOutlineAndReportsTheBadOnes() {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>From another reader</title></head>
                  <body>
                    <outline text="Tech">
                      <outline type="rss" text="Commits" xmlUrl="%s"/>
                    </outline>
                    <outline type="rss" text="Blog" xmlUrl="%s"/>
                    <outline type="rss" text="Broken" xmlUrl="javascript:alert(1)"/>
                  </body>
                </opml>
                """.formatted(site.url(FixtureSite.ATOM), site.url(FixtureSite.RSS));
        HttpResponse<String> response =
                running.send("POST", "/api/v1/opml", "text/x-opml", opml.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = RunningServer.json(response);
        assertThat(result.get("subscribed").asInt()).isEqualTo(2);
        assertThat(result.get("already_subscribed").asInt()).isZero();
        assertThat(result.get("rejected")).hasSize(1);
        assertThat(result.get("rejected").get(0).get("url").asText()).isEqualTo("javascript:alert(1)");
        assertThat(result.get("checks")).hasSize(2);

        JsonNode feeds = RunningServer.json(running.get("/api/v1/feeds"));
        assertThat(feeds.get("feeds").findValuesAsText("category")).contains("Tech");
    }

    @Test
    void exportsTheSubscriptionsAsOpml() {
        running.subscribe(site.url(FixtureSite.RSS));
        HttpResponse<String> response = running.get("/api/v1/opml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningServer.contentType(response)).isEqualTo("application/xml;charset=utf-8");
        assertThat(response.body()).contains("<opml", "xmlUrl=\"" + site.url(FixtureSite.RSS) + "\"", "Artificial truth");
    }

    @Test
    void whatIsNotOpmlIs400() {
        assertError(running.send("POST", "/api/v1/opml", "text/plain", "just words".getBytes(StandardCharsets.UTF_8)),
                400, "invalid OPML");
        assertError(running.send("POST", "/api/v1/opml", null, new byte[0]), 400, "the request body is empty");
    }

    @Test
    void anOversizedDocumentIs413() {
        byte[] huge = new byte[(int) WebSettings.DEFAULT_MAX_UPLOAD_BYTES + 1];
        assertError(running.send("POST", "/api/v1/opml", "text/x-opml", huge), 413,
                "request body too large: at most 10 MiB is accepted here");
    }
}
