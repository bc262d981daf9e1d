package io.newsdesk.web.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Compares where a browser says a request comes from with the host it was sent to. */
public final class Origins {

    private Origins() {}

    /**
     * Whether the origin or URL {@code source} (an {@code Origin} or {@code Referer} value) names
     * the host the request was sent to. The scheme is not compared: a TLS-terminating proxy turns
     * https into http on the way here, and a browser never pairs a foreign origin with this Host.
     *
     * @param source an origin such as {@code https://news.example:8443}, or a URL
     * @param host the request's {@code Host} header, or {@code null}
     */
    public static boolean sameHost(String source, String host) {
        if (source == null || host == null) {
            return false;
        }
        try {
            URI from = new URI(source.strip());
            URI to = new URI("http://" + host.strip());
            if (from.getScheme() == null || from.getHost() == null || to.getHost() == null) {
                return false;
            }
            int defaultPort = from.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            int fromPort = from.getPort() == -1 ? defaultPort : from.getPort();
            int toPort = to.getPort() == -1 ? defaultPort : to.getPort();
            return fromPort == toPort
                    && from.getHost().toLowerCase(Locale.ROOT).equals(to.getHost().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
