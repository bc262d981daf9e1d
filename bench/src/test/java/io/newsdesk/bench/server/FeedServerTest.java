package io.newsdesk.bench.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedServerTest {

    private static final List<ServedDocument> DOCUMENTS = List.of(
            new ServedDocument("/a/rss.xml", "application/rss+xml", "<rss>a</rss>".getBytes(StandardCharsets.UTF_8)),
            new ServedDocument("/b/feed.json", "application/feed+json", "{\"b\":1}".getBytes(StandardCharsets.UTF_8)),
            new ServedDocument("/c/atom.xml", "application/atom+xml", "<feed/>".getBytes(StandardCharsets.UTF_8)));

    private static FeedServer server;
    private static HttpClient client;

    @BeforeAll
    static void start() throws Exception {
        server = FeedServer.start(DOCUMENTS, 2);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void spreadsDocumentsOverLoopbackHostsInTurn() {
        assertThat(server.urls()).extracting(URI::getHost).containsExactly("127.0.0.1", "127.0.0.2", "127.0.0.1");
        assertThat(server.urls()).extracting(URI::getPath).containsExactly("/a/rss.xml", "/b/feed.json", "/c/atom.xml");
    }

    @Test
    void servesEachDocumentWithItsContentType() throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(server.urls().get(1)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/feed+json");
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body()).isEqualTo("{\"b\":1}");
    }

    @Test
    void compressesWhenTheClientAcceptsGzip() throws Exception {
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(server.urls().getFirst()).header("Accept-Encoding", "gzip, deflate").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(new String(gunzip.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<rss>a</rss>");
        }
    }

    @Test
    void answersUnknownPathsWithNotFoundAndCountsRequests() throws Exception {
        long before = server.requests();
        URI missing = server.urls().getFirst().resolve("/nothing-here.xml");

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(missing).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(server.requests()).isGreaterThan(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "gzip|true",
        "deflate, GZIP;q=0.5|true",
        "gzip;q=0|false",
        "gzip; q=0.000|false",
        "br, deflate|false",
        "x-gzip-like|false",
        "NULL|false"
    })
    void readsAcceptEncoding(String header, boolean gzip) {
        assertThat(FeedServer.acceptsGzip(header)).isEqualTo(gzip);
    }

    @Test
    void refusesTwoDocumentsAtOnePathAndImpossibleHostCounts() {
        List<ServedDocument> twice = List.of(DOCUMENTS.getFirst(), DOCUMENTS.getFirst());

        assertThatThrownBy(() -> FeedServer.start(twice, 1)).hasMessageContaining("/a/rss.xml");
        assertThatThrownBy(() -> FeedServer.start(DOCUMENTS, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServedDocument("relative", "text/plain", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
