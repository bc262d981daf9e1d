package io.newsdesk.web.readers;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskConfig;
import io.newsdesk.web.FixtureSite;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.WebServer;
import io.newsdesk.web.WebSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server that needs sign-in, with two readers: Ada (the first user) reads the RSS fixture
 * (uncategorized) and the Atom fixture (in "Code"); Bob reads only the Atom fixture, which is
 * stored once for both, in a category of his own. Sign-in goes through a {@link ReaderLogins} that
 * knows their passwords, API tokens and Fever keys, so the protocols' handling of credentials is
 * tested on its own.
 */
public final class TwoReaders implements AutoCloseable {

    public static final ReaderUser ADA = new ReaderUser(Newsdesk.OWNER, "ada", true);
    public static final String ADA_PASSWORD = "correct horse battery staple";
    public static final String ADA_TOKEN = "ada-api-token-0123456789";
    public static final String BOB_PASSWORD = "tr0ub4dor&3";
    public static final String BOB_TOKEN = "bob-api-token-9876543210";
    public static final String BOB_CATEGORY = "Bob's code";

    public final ReaderUser bob;
    public final FixtureSite site;
    public final RunningServer server;
    public final Newsdesk newsdesk;
    public final long blog;
    public final long code;

    private TwoReaders(FixtureSite site, Newsdesk newsdesk, WebServer web, long bobId) {
        this.site = site;
        this.newsdesk = newsdesk;
        this.bob = new ReaderUser(bobId, "bob", false);
        this.server = RunningServer.serving(newsdesk, web);
        this.blog = newsdesk.feeds().add(ADA.id(), site.url(FixtureSite.RSS), null).id();
        this.code = newsdesk.feeds().add(ADA.id(), site.url(FixtureSite.ATOM), ReaderSite.CATEGORY).id();
        newsdesk.feeds().add(bobId, site.url(FixtureSite.ATOM), BOB_CATEGORY);
    }

    public static TwoReaders start(Path dataDir) {
        FixtureSite site;
        try {
            site = FixtureSite.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fixture site", e);
        }
        NewsdeskConfig config = NewsdeskConfig.defaults(dataDir).withAllowPrivateNetworks(true);
        Newsdesk newsdesk = Newsdesk.open(config);
        WebServer web = null;
        try {
            long bobId = addUser(config.databaseLocation(), "bob");
            Logins logins = new Logins(bobId);
            web = WebServer.start(newsdesk, WebSettings.defaults().withPort(0), access -> logins);
            return new TwoReaders(site, newsdesk, web, bobId);
        } catch (RuntimeException e) {
            if (web != null) {
                web.close();
            }
            newsdesk.close();
            site.close();
            throw e;
        }
    }

    /** Posts a form as reader apps do (no Origin, url-encoded, not necessarily encoded at all). */
    public HttpResponse<String> postForm(String path, String body, String... headers) {
        return ReaderSite.postForm(server, path, body, headers);
    }

    /** Fever's key for a username and password. */
    public static String feverKey(String username, String password) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a user row as accounts would; there is no account management in these tests. */
    private static long addUser(String jdbcUrl, String username) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO users (username, is_admin, created_at) VALUES (?, FALSE, 0)",
                        new String[] {"id"})) {
            insert.setString(1, username);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add user " + username + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            site.close();
        }
    }

    /** Ada's and Bob's credentials; tokens that ClientLogin hands out are remembered. */
    private static final class Logins implements ReaderLogins {

        private final ReaderUser bob;
        private final Map<String, ReaderUser> tokens = new ConcurrentHashMap<>();
        private final AtomicInteger issued = new AtomicInteger();

        Logins(long bobId) {
            this.bob = new ReaderUser(bobId, "bob", false);
            tokens.put(ADA_TOKEN, ADA);
            tokens.put(BOB_TOKEN, bob);
        }

        @Override
        public Optional<ReaderUser> withoutLogin() {
            return Optional.empty();
        }

        @Override
        public Optional<ReaderUser> byPassword(String username, String password, String clientAddress) {
            if (username.equals(ADA.username()) && password.equals(ADA_PASSWORD)) {
                return Optional.of(ADA);
            }
            if (username.equals(bob.username()) && password.equals(BOB_PASSWORD)) {
                return Optional.of(bob);
            }
            return Optional.empty();
        }

        @Override
        public Optional<ReaderUser> byToken(String token) {
            return Optional.ofNullable(tokens.get(token));
        }

        @Override
        public Optional<ReaderUser> byFeverKey(String key, String clientAddress) {
            for (ReaderUser user : List.of(ADA, bob)) {
                String password = user == ADA ? ADA_PASSWORD : BOB_PASSWORD;
                if (feverKey(user.username(), password).equals(key)) {
                    return Optional.of(user);
                }
            }
            return Optional.empty();
        }

        @Override
        public String issueClientToken(ReaderUser user, String client) {
            String token = "client-login-" + issued.incrementAndGet() + "-" + user.username();
            tokens.put(token, user);
            return token;
        }
    }
}
