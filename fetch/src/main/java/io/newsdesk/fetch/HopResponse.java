package io.newsdesk.fetch;

import java.net.URI;
import org.eclipse.jetty.http.HttpFields;

/**
 * The response to one request of a fetch (one hop of a redirect chain).
 *
 * @param url the URL requested, without credentials
 * @param status the status code
 * @param reason the reason phrase the server sent, or {@code null}
 * @param headers the response headers
 * @param body the decoded body; empty unless the status is 2xx
 */
record HopResponse(URI url, int status, String reason, HttpFields headers, byte[] body) {}
