package io.newsdesk.service.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The bundled demo corpus as files, for tests that import its documents one by one. */
public final class DemoResources {

    private DemoResources() {}

    /** A file of the demo corpus, by its path under {@code demo/}. */
    public static Path path(String relative) {
        URL url = DemoResources.class.getClassLoader().getResource("demo/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("the demo corpus has no " + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
