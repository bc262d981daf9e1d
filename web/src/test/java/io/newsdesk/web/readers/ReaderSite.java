package io.newsdesk.web.readers;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.FixtureSite;
import io.newsdesk.web.RunningServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A server with two subscriptions for the reader-app tests: the RSS fixture (25 blog posts, no
 * category) and the Atom fixture (20 commits) filed under "Code".
 */
public final class ReaderSite implements AutoCloseable {

    public static final String CATEGORY = "Code";
    public static final int BLOG_ENTRIES = FixtureSite.RSS_ENTRIES;
    public static final int CODE_ENTRIES = FixtureSite.ATOM_ENTRIES;
    public static final int ALL_ENTRIES = BLOG_ENTRIES + CODE_ENTRIES;

    public final FixtureSite site;
    public final RunningServer server;
    public final long blog;
    public final long code;

    private ReaderSite(FixtureSite site, RunningServer server) {
        this.site = site;
        this.server = server;
        this.blog = server.subscribe(site.url(FixtureSite.RSS));
        HttpResponse<String> added = server.sendJson("POST", "/api/v1/feeds",
                "{\"url\": \"" + site.url(FixtureSite.ATOM) + "\", \"category\": \"" + CATEGORY + "\"}");
        this.code = RunningServer.json(added).get("id").asLong();
    }

    public static ReaderSite start(Path dataDir) {
        FixtureSite site;
        try {
            site = FixtureSite.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fixture site", e);
        }
        RunningServer server = RunningServer.start(dataDir);
        return new ReaderSite(site, server);
    }

    /** The ids of a feed's entries, newest first, through Newsdesk's own API. */
    public List<Long> entryIds(long feedId) {
        JsonNode page = RunningServer.json(server.get("/api/v1/entries?limit=500&feed=" + feedId));
        List<Long> ids = new ArrayList<>();
        page.get("entries").forEach(entry -> ids.add(entry.get("id").asLong()));
        return ids;
    }

    /** One entry through Newsdesk's own API. */
    public JsonNode entry(long entryId) {
        return RunningServer.json(server.get("/api/v1/entries/" + entryId));
    }

    /** How many entries are unread, through Newsdesk's own API. */
    public long unread() {
        return RunningServer.json(server.get("/api/v1/entries?status=unread&limit=1")).get("total").asLong();
    }

    /** Posts a form as reader apps do (no Origin, url-encoded, not necessarily encoded at all). */
    public HttpResponse<String> postForm(String path, String body, String... headers) {
        return postForm(server, path, body, headers);
    }

    /** Posts a form to {@code server} as reader apps do. */
    static HttpResponse<String> postForm(RunningServer server, String path, String body, String... headers) {
        return server.send("POST", path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8),
                headers);
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            site.close();
        }
    }
}
