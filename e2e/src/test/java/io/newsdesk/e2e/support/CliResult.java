package io.newsdesk.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How one {@code newsdesk} command ended.
 *
 * @param exitCode the process's exit code (0 success, 1 failure, 2 usage error)
 * @param stdout what it printed on standard output
 * @param stderr what it printed on standard error (progress, logs, errors)
 */
public record CliResult(int exitCode, String stdout, String stderr) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Standard output as JSON, for commands run with {@code --json}.
     *
     * @throws AssertionError when it is not JSON
     */
    public JsonNode json() {
        try {
            return MAPPER.readTree(stdout);
        } catch (JsonProcessingException e) {
            throw new AssertionError("expected JSON on standard output, got " + this, e);
        }
    }

    /** For assertion messages: the whole outcome at a glance. */
    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
    }
}
