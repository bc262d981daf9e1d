package io.newsdesk.web;

import java.util.Objects;

/**
 * Where the web server listens and how much it reads from one request.
 *
 * @param bindAddress the address to listen on; the default, loopback, keeps the server private to
 *     this machine (put a reverse proxy in front to publish it)
 * @param port the TCP port, or 0 for any free port (see {@link WebServer#port()})
 * @param maxBodyBytes the largest JSON or form body accepted
 * @param maxUploadBytes the largest document accepted where one is uploaded (OPML files,
 *     imported pages and feeds)
 */
public record WebSettings(String bindAddress, int port, long maxBodyBytes, long maxUploadBytes) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    /**
     * @throws IllegalArgumentException when the port is outside 0–65535 or a limit is not positive
     */
    public WebSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (bindAddress.isBlank()) {
            throw new IllegalArgumentException("the bind address must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, was " + port);
        }
        if (maxBodyBytes < 1 || maxUploadBytes < 1) {
            throw new IllegalArgumentException("body size limits must be positive");
        }
    }

    /** Loopback, port 8080, 1 MiB bodies and 10 MiB uploads. */
    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_BIND_ADDRESS, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_UPLOAD_BYTES);
    }

    public WebSettings withBindAddress(String address) {
        return new WebSettings(address, port, maxBodyBytes, maxUploadBytes);
    }

    public WebSettings withPort(int newPort) {
        return new WebSettings(bindAddress, newPort, maxBodyBytes, maxUploadBytes);
    }

    public WebSettings withLimits(long bodyBytes, long uploadBytes) {
        return new WebSettings(bindAddress, port, bodyBytes, uploadBytes);
    }
}
