package io.newsdesk.web.isolation;

import static io.newsdesk.web.isolation.AsOther.ADMIN_ONLY;
import static io.newsdesk.web.isolation.AsOther.NOT_FOUND;
import static io.newsdesk.web.isolation.AsOther.OWN_DATA_ONLY;

import java.util.List;

/**
 * How {@link RouteIsolationTest} calls every route of the server. ONE ROW PER ROUTE: a route that
 * is added to the server without a row here fails the test, which names it. Rows aimed at one of
 * A's objects take its id from {@link Ids}; the test sends each as user B (expecting what
 * {@code asOtherUser} says) and anonymously (expecting what {@code anonymous} says), then checks
 * that none of A's feeds, reading state, categories or tokens changed.
 */
final class IsolationTable {

    private static final String EMPTY_OPML = "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body/></opml>";
    private static final String SMALL_FEED = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Bravo import</title>
            <link>https://bravo.example/</link><item><guid>bravo-import-1</guid><title>Bravo imported</title>
            </item></channel></rss>""";

    private static final String GREADER = "/api/greader.php";
    private static final String READER_API = GREADER + "/reader/api/0";
    /** Google Reader clients send the token ClientLogin gave them; an API token works the same. */
    private static final Auth GOOGLE_LOGIN = user -> List.of("Authorization", "GoogleLogin auth=" + user.token());
    private static final Expectation FEVER_AUTH_ZERO = Expectation.of("Fever's {\"auth\":0} with 200",
            response -> response.statusCode() == 200 && response.body().contains("\"auth\":0"));

    private IsolationTable() {}

    static List<Row> rows() {
        return List.of(
                // Open to everyone.
                Row.of("GET", "/healthz").auth(Auth.NONE).anonymous(Expectation.OPEN).asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", "/websub/callback/{id}").path(ids -> "/websub/callback/unknown-callback?hub.mode=subscribe")
                        .auth(Auth.NONE).anonymous(Expectation.OPEN).asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/websub/callback/{id}").path(ids -> "/websub/callback/unknown-callback")
                        .body("application/rss+xml", (ids, user) -> SMALL_FEED)
                        .auth(Auth.NONE).anonymous(Expectation.OPEN).asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", "/login").auth(Auth.SESSION).anonymous(Expectation.OPEN).asOtherUser(OWN_DATA_ONLY),
                // Anonymous: a wrong password, which shows the form again; Bob: his own, which signs him in.
                Row.of("POST", "/login").auth(Auth.NONE)
                        .body("application/x-www-form-urlencoded", (ids, user) -> user == null
                                ? "username=bob&password=not-the-password"
                                : "username=" + user.username() + "&password=" + user.password())
                        .anonymous(Expectation.of("the sign-in form again (401)",
                                response -> response.statusCode() == 401 && response.body().contains("Sign in")))
                        .asOtherUser(OWN_DATA_ONLY),

                // REST API: feeds.
                Row.of("GET", "/api/v1/feeds").asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/api/v1/feeds").json(ids -> "{}").asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/api/v1/feeds/refresh").asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", "/api/v1/feeds/{id}").path(ids -> "/api/v1/feeds/" + ids.feed()).asOtherUser(NOT_FOUND),
                Row.of("PATCH", "/api/v1/feeds/{id}").path(ids -> "/api/v1/feeds/" + ids.feed())
                        .json(ids -> "{\"full_text\": \"on\"}").asOtherUser(NOT_FOUND),
                Row.of("DELETE", "/api/v1/feeds/{id}").path(ids -> "/api/v1/feeds/" + ids.feed()).asOtherUser(NOT_FOUND),
                Row.of("POST", "/api/v1/feeds/{id}/refresh").path(ids -> "/api/v1/feeds/" + ids.feed() + "/refresh")
                        .asOtherUser(NOT_FOUND),
                Row.of("POST", "/api/v1/feeds/{id}/enable").path(ids -> "/api/v1/feeds/" + ids.feed() + "/enable")
                        .asOtherUser(NOT_FOUND),
                Row.of("POST", "/api/v1/feeds/{id}/mark-read").path(ids -> "/api/v1/feeds/" + ids.feed() + "/mark-read")
                        .asOtherUser(NOT_FOUND),

                // REST API: entries, search, documents.
                Row.of("GET", "/api/v1/entries").path(ids -> "/api/v1/entries?status=all&limit=500&feed=" + ids.feed())
                        .asOtherUser(OWN_DATA_ONLY),
                Row.of("PUT", "/api/v1/entries/read")
                        .json(ids -> "{\"entry_ids\": [" + ids.entry() + "], \"read\": false}").asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", "/api/v1/entries/{id}").path(ids -> "/api/v1/entries/" + ids.entry()).asOtherUser(NOT_FOUND),
                Row.of("PATCH", "/api/v1/entries/{id}").path(ids -> "/api/v1/entries/" + ids.entry())
                        .json(ids -> "{\"read\": false, \"starred\": false}").asOtherUser(NOT_FOUND),
                Row.of("POST", "/api/v1/entries/{id}/full-text").path(ids -> "/api/v1/entries/" + ids.entry() + "/full-text")
                        .asOtherUser(NOT_FOUND),
                Row.of("GET", "/api/v1/search").path(ids -> "/api/v1/search?q=alpha").asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", "/api/v1/opml").asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/api/v1/opml").body("text/x-opml", (ids, user) -> EMPTY_OPML).asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/api/v1/import").body("application/rss+xml", (ids, user) -> SMALL_FEED)
                        .asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/api/v1/reindex").asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", "/api/v1/openapi.json").asOtherUser(OWN_DATA_ONLY),

                // REST API: the account.
                Row.of("GET", "/api/v1/me").auth(Auth.BASIC).asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", "/api/v1/tokens").auth(Auth.BEARER).asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/api/v1/tokens").json(ids -> "{\"name\": \"bravo script\"}").asOtherUser(OWN_DATA_ONLY),
                Row.of("DELETE", "/api/v1/tokens/{id}").path(ids -> "/api/v1/tokens/" + ids.token()).asOtherUser(NOT_FOUND),

                // Reader apps: Miniflux (/v1).
                miniflux("GET", "/v1/me").auth(Auth.BASIC).asOtherUser(OWN_DATA_ONLY),
                miniflux("GET", "/v1/categories").path(ids -> "/v1/categories?counts=true").asOtherUser(OWN_DATA_ONLY),
                miniflux("GET", "/v1/categories/{id}/entries").path(ids -> "/v1/categories/" + ids.category() + "/entries")
                        .asOtherUser(NOT_FOUND),
                miniflux("GET", "/v1/feeds").auth(Auth.BASIC).asOtherUser(OWN_DATA_ONLY),
                miniflux("POST", "/v1/feeds").json(ids -> "{\"category_id\": " + ids.category() + "}")
                        .asOtherUser(OWN_DATA_ONLY),
                miniflux("GET", "/v1/feeds/counters").asOtherUser(OWN_DATA_ONLY),
                miniflux("GET", "/v1/feeds/{id}").path(ids -> "/v1/feeds/" + ids.feed()).asOtherUser(NOT_FOUND),
                miniflux("DELETE", "/v1/feeds/{id}").path(ids -> "/v1/feeds/" + ids.feed()).asOtherUser(NOT_FOUND),
                miniflux("GET", "/v1/feeds/{id}/entries").path(ids -> "/v1/feeds/" + ids.feed() + "/entries")
                        .asOtherUser(NOT_FOUND),
                miniflux("PUT", "/v1/feeds/{id}/refresh").path(ids -> "/v1/feeds/" + ids.feed() + "/refresh")
                        .asOtherUser(NOT_FOUND),
                miniflux("GET", "/v1/entries").path(ids -> "/v1/entries?limit=1000").asOtherUser(OWN_DATA_ONLY),
                miniflux("PUT", "/v1/entries")
                        .json(ids -> "{\"entry_ids\": [" + ids.entry() + "], \"status\": \"unread\", \"starred\": false}")
                        .asOtherUser(OWN_DATA_ONLY),
                miniflux("GET", "/v1/entries/{id}").path(ids -> "/v1/entries/" + ids.entry()).asOtherUser(NOT_FOUND),
                miniflux("PUT", "/v1/entries/{id}/bookmark").path(ids -> "/v1/entries/" + ids.entry() + "/bookmark")
                        .asOtherUser(NOT_FOUND),

                // Reader apps: Google Reader (/api/greader.php). Anonymous sign-ins use a wrong password.
                Row.of("POST", GREADER + "/accounts/ClientLogin").auth(Auth.NONE)
                        .body("application/x-www-form-urlencoded", IsolationTable::clientLogin)
                        .asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", GREADER + "/accounts/ClientLogin").auth(Auth.NONE)
                        .body("application/x-www-form-urlencoded", IsolationTable::clientLogin)
                        .asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", READER_API + "/token").auth(GOOGLE_LOGIN).asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", READER_API + "/user-info").auth(GOOGLE_LOGIN).asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", READER_API + "/subscription/list").auth(GOOGLE_LOGIN).asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", READER_API + "/subscription/edit").auth(GOOGLE_LOGIN)
                        .form(ids -> "ac=edit&s=feed/" + ids.feed() + "&t=Taken").asOtherUser(NOT_FOUND),
                Row.of("POST", READER_API + "/subscription/quickadd").auth(GOOGLE_LOGIN).form(ids -> "quickadd=")
                        .asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", READER_API + "/tag/list").auth(GOOGLE_LOGIN).asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", READER_API + "/unread-count").auth(GOOGLE_LOGIN).asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", READER_API + "/stream/contents").auth(GOOGLE_LOGIN)
                        .path(ids -> READER_API + "/stream/contents?s=feed/" + ids.feed()).asOtherUser(NOT_FOUND),
                Row.of("GET", READER_API + "/stream/contents/<streamId>").auth(GOOGLE_LOGIN)
                        .path(ids -> READER_API + "/stream/contents/feed%2F" + ids.feed()).asOtherUser(NOT_FOUND),
                Row.of("GET", READER_API + "/stream/items/ids").auth(GOOGLE_LOGIN)
                        .path(ids -> READER_API + "/stream/items/ids?s=feed/" + ids.feed()).asOtherUser(NOT_FOUND),
                Row.of("GET", READER_API + "/stream/items/contents").auth(GOOGLE_LOGIN)
                        .path(ids -> READER_API + "/stream/items/contents?i=" + ids.entry()).asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", READER_API + "/stream/items/contents").auth(GOOGLE_LOGIN).form(ids -> "i=" + ids.entry())
                        .asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", READER_API + "/edit-tag").auth(GOOGLE_LOGIN)
                        .form(ids -> "i=" + ids.entry() + "&r=user/-/state/com.google/read&r=user/-/state/com.google/starred")
                        .asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", READER_API + "/mark-all-as-read").auth(GOOGLE_LOGIN).form(ids -> "s=feed/" + ids.feed())
                        .asOtherUser(NOT_FOUND),

                // Reader apps: Fever (/fever/), whose key travels in the form; a bad key is {"auth":0}.
                Row.of("GET", "/fever/").auth(Auth.NONE)
                        .path(ids -> "/fever/?api&groups&feeds&unread_item_ids&saved_item_ids&items&with_ids=" + ids.entry())
                        .body("application/x-www-form-urlencoded", (ids, user) -> feverKey(user))
                        .anonymous(FEVER_AUTH_ZERO).asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/fever/").auth(Auth.NONE).path(ids -> "/fever/?api&unread_item_ids&saved_item_ids")
                        .body("application/x-www-form-urlencoded",
                                (ids, user) -> feverKey(user) + "&mark=item&as=unsaved&id=" + ids.entry())
                        .anonymous(FEVER_AUTH_ZERO).asOtherUser(OWN_DATA_ONLY),

                // Web UI: reading.
                Row.of("GET", "/").auth(Auth.SESSION).path(ids -> "/?status=all").asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", "/starred").auth(Auth.SESSION).asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", "/feeds/{id}/entries").auth(Auth.SESSION).path(ids -> "/feeds/" + ids.feed() + "/entries")
                        .asOtherUser(NOT_FOUND),
                Row.of("GET", "/entries/{id}").auth(Auth.SESSION).path(ids -> "/entries/" + ids.entry()).asOtherUser(NOT_FOUND),
                Row.of("POST", "/entries/mark-read").auth(Auth.SESSION).form(ids -> "ids=" + ids.entry())
                        .asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/entries/{id}/read").auth(Auth.SESSION).path(ids -> "/entries/" + ids.entry() + "/read")
                        .form(ids -> "read=false").asOtherUser(NOT_FOUND),
                Row.of("POST", "/entries/{id}/unread").auth(Auth.SESSION).path(ids -> "/entries/" + ids.entry() + "/unread")
                        .asOtherUser(NOT_FOUND),
                Row.of("POST", "/entries/{id}/star").auth(Auth.SESSION).path(ids -> "/entries/" + ids.entry() + "/star")
                        .form(ids -> "starred=false").asOtherUser(NOT_FOUND),
                Row.of("POST", "/entries/{id}/unstar").auth(Auth.SESSION).path(ids -> "/entries/" + ids.entry() + "/unstar")
                        .asOtherUser(NOT_FOUND),
                Row.of("POST", "/entries/{id}/full-text").auth(Auth.SESSION)
                        .path(ids -> "/entries/" + ids.entry() + "/full-text").asOtherUser(NOT_FOUND),
                Row.of("GET", "/search").auth(Auth.SESSION).path(ids -> "/search?q=alpha").asOtherUser(OWN_DATA_ONLY),

                // Web UI: feeds and OPML.
                Row.of("GET", "/feeds").auth(Auth.SESSION).asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/feeds").auth(Auth.SESSION).form(ids -> "url=").asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/feeds/{id}/refresh").auth(Auth.SESSION).path(ids -> "/feeds/" + ids.feed() + "/refresh")
                        .asOtherUser(NOT_FOUND),
                Row.of("POST", "/feeds/{id}/delete").auth(Auth.SESSION).path(ids -> "/feeds/" + ids.feed() + "/delete")
                        .asOtherUser(NOT_FOUND),
                Row.of("POST", "/feeds/{id}/mark-read").auth(Auth.SESSION).path(ids -> "/feeds/" + ids.feed() + "/mark-read")
                        .asOtherUser(NOT_FOUND),
                Row.of("POST", "/feeds/{id}/full-text").auth(Auth.SESSION).path(ids -> "/feeds/" + ids.feed() + "/full-text")
                        .form(ids -> "mode=on").asOtherUser(NOT_FOUND),
                Row.of("POST", "/opml/import").auth(Auth.SESSION).form(ids -> "").asOtherUser(OWN_DATA_ONLY),
                Row.of("GET", "/opml/export").auth(Auth.SESSION).asOtherUser(OWN_DATA_ONLY),

                // Web UI: the account and administration.
                Row.of("GET", "/settings").auth(Auth.SESSION).asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/settings/password").auth(Auth.SESSION)
                        .form(ids -> "current_password=wrong-password&new_password=x1234567&repeat_password=x1234567")
                        .asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/settings/tokens").auth(Auth.SESSION).form(ids -> "name=bravo+page+token")
                        .asOtherUser(OWN_DATA_ONLY),
                Row.of("POST", "/settings/tokens/{id}/revoke").auth(Auth.SESSION)
                        .path(ids -> "/settings/tokens/" + ids.token() + "/revoke").asOtherUser(NOT_FOUND),
                Row.of("GET", "/admin/users").auth(Auth.SESSION).asOtherUser(ADMIN_ONLY),
                Row.of("POST", "/admin/users").auth(Auth.SESSION).form(ids -> "username=mallory&password=mallory-password")
                        .asOtherUser(ADMIN_ONLY),
                Row.of("POST", "/admin/users/{id}/remove").auth(Auth.SESSION)
                        .path(ids -> "/admin/users/" + ids.user() + "/remove").asOtherUser(ADMIN_ONLY),
                Row.of("POST", "/logout").auth(Auth.SESSION).asOtherUser(OWN_DATA_ONLY).endsSession());
    }

    /** A Miniflux route: like Newsdesk's API, it answers anonymous requests 401 (in its JSON shape). */
    private static Row miniflux(String method, String pattern) {
        return Row.of(method, pattern).anonymous(Expectation.UNAUTHORIZED);
    }

    /** A user's ClientLogin form; anonymously, a name that does not exist and a wrong password. */
    private static String clientLogin(Ids ids, TestUser user) {
        return user == null
                ? "Email=nobody&Passwd=not-a-password"
                : "Email=" + user.username() + "&Passwd=" + user.password() + "&source=isolation-test";
    }

    /** A user's Fever key field; anonymously, none. */
    private static String feverKey(TestUser user) {
        return user == null ? "" : "api_key=" + user.feverKey();
    }
}
