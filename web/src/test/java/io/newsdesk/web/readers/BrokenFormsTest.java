package io.newsdesk.web.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.web.RunningServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A body that claims to be a form but is none is refused, in each form-reading protocol's shape. */
class BrokenFormsTest {

    @Test
    void brokenMultipartBodiesAreBadRequests(@TempDir Path dataDir) throws Exception {
        try (RunningServer running = RunningServer.start(dataDir)) {
            HttpResponse<String> fever = postBroken(running, "/fever/?api");
            HttpResponse<String> editTag = postBroken(running, "/api/greader.php/reader/api/0/edit-tag");
            HttpResponse<String> login = postBroken(running, "/api/greader.php/accounts/ClientLogin");

            assertThat(fever.statusCode()).isEqualTo(400);
            assertThat(RunningServer.json(fever).get("error").asText())
                    .isEqualTo("the form could not be read: the body is not well-formed multipart/form-data");
            assertThat(editTag.statusCode()).isEqualTo(400);
            assertThat(editTag.body()).isEqualTo("the form could not be read: the body is not well-formed "
                    + "multipart/form-data\n");
            assertThat(login.statusCode()).isEqualTo(400);
        }
    }

    /**
     * Sent on a connection of its own: the server may close it after refusing a body it did not
     * read to the end.
     */
    private static HttpResponse<String> postBroken(RunningServer running, String path)
            throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(running.origin() + path))
                    .header("Content-Type", "multipart/form-data; boundary=xyz")
                    .POST(HttpRequest.BodyPublishers.ofString("no parts at all", StandardCharsets.UTF_8))
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
