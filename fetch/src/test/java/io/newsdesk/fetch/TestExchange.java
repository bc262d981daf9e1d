package io.newsdesk.fetch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Fields;

/** One request to the {@link TestServer} and the means to answer it, blocking. */
final class TestExchange {

    private final Request request;
    private final Response response;

    TestExchange(Request request, Response response) {
        this.request = request;
        this.response = response;
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    /** Returns a query parameter, or {@code null}. */
    String param(String name) {
        Fields fields = Request.extractQueryParameters(request);
        return fields.getValue(name);
    }

    TestExchange status(int status) {
        response.setStatus(status);
        return this;
    }

    TestExchange header(String name, String value) {
        response.getHeaders().put(name, value);
        return this;
    }

    /** Adds a header line, keeping those of the same name already set. */
    TestExchange addHeader(String name, String value) {
        response.getHeaders().add(name, value);
        return this;
    }

    /** Sends a complete response. */
    void respond(int status, String contentType, String body) throws IOException {
        status(status).header("Content-Type", contentType);
        finish(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends part of the body now (committing the headers) and keeps the response open. */
    void write(byte[] bytes) throws IOException {
        Content.Sink.write(response, false, ByteBuffer.wrap(bytes));
    }

    /** Sends the last part of the body. */
    void finish(byte[] bytes) throws IOException {
        Content.Sink.write(response, true, ByteBuffer.wrap(bytes));
    }
}
