package io.newsdesk.web.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.web.RunningServer;
import io.newsdesk.web.WebServer;
import io.newsdesk.web.readers.fever.FeverApi;
import io.newsdesk.web.readers.greader.GoogleReaderApi;
import io.newsdesk.web.readers.miniflux.MinifluxApi;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/reader-apis.md lists exactly the reader-app routes the server answers: a new route without
 * a line there fails the build, as a new /api/v1 route without OpenAPI does.
 */
class ReaderApisDocumentedTest {

    @Test
    void everyReaderRouteIsDocumentedAndEveryDocumentedRouteIsServed(@TempDir Path dataDir) {
        List<String> routed;
        try (RunningServer running = RunningServer.start(dataDir)) {
            routed = running.server.routes().stream()
                    .filter(route -> isReaderPath(route.path()))
                    .map(ReaderApisDocumentedTest::key)
                    .toList();
        }
        Set<String> documented = ReaderApiDocument.routes();

        assertThat(routed).as("reader routes").hasSizeGreaterThan(30);
        assertThat(documented)
                .as("routes in %s; add a row for each new route", ReaderApiDocument.path())
                .containsExactlyInAnyOrderElementsOf(routed);
    }

    private static boolean isReaderPath(String path) {
        return path.startsWith(MinifluxApi.PREFIX + "/") || path.startsWith(GoogleReaderApi.PREFIX + "/")
                || path.startsWith(FeverApi.PATH + "/");
    }

    private static String key(WebServer.Route route) {
        return route.method() + " " + route.path();
    }
}
