package io.newsdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.service.json.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code newsdesk} command lines in this JVM and keeps what they printed. */
final class Cli {

    /** What one command line did. */
    record Result(int exitCode, String out, String err) {

        /** Standard output as JSON; fails the test when it is not. */
        JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (exit " + exitCode + ", stderr: " + err + "): " + out, e);
            }
        }

        /** Fails the test, showing both streams, unless the command succeeded. */
        Result succeeded() {
            if (exitCode != 0) {
                throw new AssertionError("exit code " + exitCode + "\nstdout: " + out + "\nstderr: " + err);
            }
            return this;
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\nstdout: " + out + "\nstderr: " + err;
        }
    }

    private Cli() {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** Runs a command on a data folder, loopback feeds allowed: {@code newsdesk --data DIR ...}. */
    static Result on(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", dataDir.toString(), "--allow-private-networks"));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }
}
