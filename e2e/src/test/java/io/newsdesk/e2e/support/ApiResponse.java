package io.newsdesk.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpHeaders;

/**
 * One answer of the server.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body as text
 */
public record ApiResponse(int status, HttpHeaders headers, String body) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The body as JSON.
     *
     * @throws AssertionError when it is not JSON: for the API that is itself a failure worth a clear report
     */
    public JsonNode json() {
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("expected a JSON answer, got " + this, e);
        }
    }

    /** The Content-Type header, or the empty string. */
    public String contentType() {
        return headers.firstValue("Content-Type").orElse("");
    }

    /** For assertion messages. */
    @Override
    public String toString() {
        return "HTTP " + status + " " + contentType() + ": " + body;
    }
}
