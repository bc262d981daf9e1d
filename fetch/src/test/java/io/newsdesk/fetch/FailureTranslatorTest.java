package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.fetch.FetchException.Reason;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.http.HttpException;
import org.junit.jupiter.api.Test;

/** Failures that the loopback tests cannot provoke (DNS, unreachable networks, connect timeouts). */
class FailureTranslatorTest {

    private static final URI URL = URI.create("https://feeds.example.org/rss");

    private final FailureTranslator translator = new FailureTranslator(FetchSettings.defaults());

    @Test
    void dnsFailures() {
        assertTranslation(new UnknownHostException("feeds.example.org: Name or service not known"), Reason.DNS,
                "could not resolve host feeds.example.org");
        assertTranslation(new HostResolutionException("could not resolve host feeds.example.org within 10 s", new TimeoutException()),
                Reason.DNS, "could not resolve host feeds.example.org within 10 s");
    }

    @Test
    void connectFailures() {
        assertTranslation(new ConnectException("Connection refused"), Reason.CONNECT,
                "could not connect to feeds.example.org:443: connection refused");
        assertTranslation(new NoRouteToHostException("No route to host"), Reason.CONNECT,
                "could not connect to feeds.example.org:443: no route to host");
        assertTranslation(new SocketTimeoutException("Connect Timeout"), Reason.TIMEOUT,
                "could not connect to feeds.example.org:443 within 10 s");
    }

    @Test
    void idleTimeout() {
        assertTranslation(new TimeoutException("Idle timeout 20000 ms elapsed"), Reason.TIMEOUT, "timed out after 20 s without data");
    }

    @Test
    void tlsFailures() {
        assertTranslation(new SSLHandshakeException("PKIX path building failed"), Reason.TLS,
                "TLS handshake with feeds.example.org failed: pKIX path building failed");
    }

    @Test
    void findsTheCauseUnderWrappers() {
        Throwable wrapped = new ExecutionException(new IOException("wrapper", new ConnectException("Connection refused")));

        assertThat(translator.translate(wrapped, URL).reason()).isEqualTo(Reason.CONNECT);
    }

    @Test
    void otherFailures() {
        assertTranslation(new EOFException(), Reason.IO, "connection to feeds.example.org closed before the response was complete");
        assertTranslation(new RejectedExecutionException("Max requests queued per destination 1024 exceeded"), Reason.IO,
                "too many requests queued for feeds.example.org");
        assertTranslation(new IllegalStateException("weird"), Reason.IO, "could not fetch from feeds.example.org: weird");
    }

    @Test
    void responsesTheClientCannotReadSayWhyInAFewWords() {
        String dump = "HTTP protocol violation: bad response on HttpConnectionOverHTTP@5617893a::SocketChannelEndPoint@1";
        assertTranslation(new HttpResponseException(dump, null, new HttpException.RuntimeException(400, "Bad EOL")),
                Reason.IO, "invalid HTTP response from feeds.example.org: bad EOL");
        assertTranslation(new HttpResponseException(dump, null,
                        new HttpException.RuntimeException(400, "Response Header Bytes Too Large")),
                Reason.TOO_LARGE, "response headers from feeds.example.org larger than 64 KiB");
        assertTranslation(new HttpResponseException(dump, null, new IOException("\u0000\u0001")),
                Reason.IO, "invalid HTTP response from feeds.example.org");
    }

    @Test
    void keepsFetchExceptionsAsTheyAre() {
        FetchException original = new FetchException(Reason.TOO_LARGE, "response larger than 10 MiB");

        assertThat(translator.translate(new RuntimeException(original), URL)).isSameAs(original);
    }

    private void assertTranslation(Throwable failure, Reason reason, String message) {
        FetchException translated = translator.translate(failure, URL);

        assertThat(translated.reason()).isEqualTo(reason);
        assertThat(translated.getMessage()).isEqualTo(message);
        assertThat(translated.status()).isNull();
    }
}
