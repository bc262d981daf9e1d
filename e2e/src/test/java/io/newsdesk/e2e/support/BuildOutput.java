package io.newsdesk.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders under the module's build directory where the tests leave what a person may want to look at. */
public final class BuildOutput {

    private BuildOutput() {}

    /** Logs of the processes the tests start (servers, CLI commands, chromedriver). */
    public static Path logs() {
        return folder("e2e-logs");
    }

    /** Screenshots of the pages the browser test visits. */
    public static Path screenshots() {
        return folder("screenshots");
    }

    private static Path folder(String name) {
        Path folder = Path.of(System.getProperty("newsdesk.e2e.output", "target")).resolve(name);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }
}
