package io.newsdesk.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.json.Json;
import io.newsdesk.web.api.AccountApi;
import io.newsdesk.web.api.EntriesApi;
import io.newsdesk.web.api.FeedsApi;
import io.newsdesk.web.api.ImportApi;
import io.newsdesk.web.api.IndexApi;
import io.newsdesk.web.api.OpenApiDocument;
import io.newsdesk.web.api.OpmlApi;
import io.newsdesk.web.api.SearchApi;
import io.newsdesk.web.http.AccessPolicy;
import io.newsdesk.web.http.Authentication;
import io.newsdesk.web.http.BodyLimits;
import io.newsdesk.web.http.CrossSiteRequestGuard;
import io.newsdesk.web.http.ErrorFormat;
import io.newsdesk.web.http.SecurityHeaders;
import io.newsdesk.web.http.SessionCookie;
import io.newsdesk.web.pages.ArticlePages;
import io.newsdesk.web.pages.EntryActions;
import io.newsdesk.web.pages.EntryListPages;
import io.newsdesk.web.pages.FeedPages;
import io.newsdesk.web.pages.Layouts;
import io.newsdesk.web.pages.LoginPages;
import io.newsdesk.web.pages.OpmlPages;
import io.newsdesk.web.pages.PageRenderer;
import io.newsdesk.web.pages.SearchPages;
import io.newsdesk.web.pages.SettingsPages;
import io.newsdesk.web.pages.UserAdminPages;
import io.newsdesk.web.readers.AccountLogins;
import io.newsdesk.web.readers.ReaderApis;
import io.newsdesk.web.readers.ReaderLogins;
import io.newsdesk.web.websub.WebSubCallbackRoutes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Newsdesk's HTTP server: the web UI, the REST API under {@code /api/v1}, static assets under
 * {@code /static} and the health check, on one port. It serves an open {@link Newsdesk}, which the
 * caller owns (and whose background polling the caller starts).
 */
public final class WebServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    private static final String STATIC_PATH = "/static";
    /** Assets have no version in their names, so caches keep them briefly and then revalidate. */
    private static final String STATIC_CACHE_CONTROL = "public, max-age=3600";
    private static final int IN_MEMORY_UPLOAD_BYTES = 1024 * 1024;

    /** A route the server answers, for documentation checks. */
    public record Route(String method, String path) {}

    private final Javalin app;
    private final List<Route> routes;

    private WebServer(Javalin app, List<Route> routes) {
        this.app = app;
        this.routes = routes;
    }

    /**
     * Starts serving {@code newsdesk}.
     *
     * @throws NewsdeskException INTERNAL when the server cannot listen (the port is taken, the
     *     address is not this machine's)
     */
    public static WebServer start(Newsdesk newsdesk, WebSettings settings) {
        return start(newsdesk, settings, access -> new AccountLogins(newsdesk.accounts(), access::personal));
    }

    /**
     * Starts serving {@code newsdesk}, with reader apps (Miniflux, Google Reader, Fever clients)
     * signing in through what {@code readerLogins} makes of the server's access policy.
     *
     * @throws NewsdeskException INTERNAL when the server cannot listen
     */
    public static WebServer start(Newsdesk newsdesk, WebSettings settings,
            Function<AccessPolicy, ReaderLogins> readerLogins) {
        List<Route> routes = Collections.synchronizedList(new ArrayList<>());
        Javalin app = Javalin.create(config -> configure(config, newsdesk, settings, readerLogins, routes));
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL, "cannot listen on "
                    + settings.bindAddress() + ":" + settings.port() + ": " + rootMessage(e), e);
        }
        log.info("Newsdesk is listening on http://{}:{}/", settings.bindAddress(), app.port());
        return new WebServer(app, List.copyOf(routes));
    }

    private static void configure(JavalinConfig config, Newsdesk newsdesk, WebSettings settings,
            Function<AccessPolicy, ReaderLogins> readerLogins, List<Route> routes) {
        AccessPolicy access =
                new AccessPolicy(newsdesk.accounts(), settings.bindAddress(), newsdesk.config().publicUrl());
        ReaderLogins logins = readerLogins.apply(access);
        BodyLimits limits = new BodyLimits(settings.maxBodyBytes(), settings.maxUploadBytes(),
                Set.of(OpmlApi.PATH, ImportApi.PATH, OpmlPages.IMPORT_PATH, WebSubCallbackRoutes.PREFIX));

        config.startup.showJavalinBanner = false;
        config.concurrency.useVirtualThreads = true;
        config.jsonMapper(new JavalinJackson(Json.mapper(), true));
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.jetty.host = settings.bindAddress();
        config.jetty.port = settings.port();
        config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
        config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_UPLOAD_BYTES, SizeUnit.BYTES);
        config.staticFiles.add(files -> {
            files.hostedPath = STATIC_PATH;
            files.directory = STATIC_PATH;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", STATIC_CACHE_CONTROL);
        });
        config.requestLogger.http((ctx, millis) ->
                log.debug("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis)));
        config.events.handlerAdded(handler -> {
            if (handler.getHttpMethod().isHttpMethod()) {
                routes.add(new Route(handler.getHttpMethod().name().toUpperCase(Locale.ROOT), handler.getPath()));
            }
        });

        config.routes.before(new SecurityHeaders(STATIC_PATH + "/"));
        config.routes.before(new CrossSiteRequestGuard(Set.of(WebSubCallbackRoutes.PREFIX)));
        config.routes.before(limits);
        SessionCookie cookie = new SessionCookie(access, newsdesk.config().clock());
        List<ErrorFormat> readerFormats = ReaderApis.errorFormats();
        config.routes.before(new Authentication(access, newsdesk.accounts(), cookie,
                Set.of(HealthCheck.PATH, STATIC_PATH + "/", WebSubCallbackRoutes.PREFIX),
                path -> readerFormats.stream().anyMatch(format -> format.covers(path))));
        log.info(access.describe());
        config.routes.get(HealthCheck.PATH, new HealthCheck(newsdesk));
        PageRenderer pages = new PageRenderer();
        Layouts layouts = new Layouts(newsdesk.entries());
        for (RouteGroup group : routeGroups(newsdesk, limits, pages, layouts, logins, access, cookie)) {
            group.addTo(config.routes);
        }
        new ErrorResponses(pages, layouts, ReaderApis.errorFormats()).addTo(config.routes);
    }

    private static List<RouteGroup> routeGroups(
            Newsdesk newsdesk, BodyLimits limits, PageRenderer pages, Layouts layouts, ReaderLogins logins,
            AccessPolicy access, SessionCookie cookie) {
        Clock clock = newsdesk.config().clock();
        return List.of(
                new FeedsApi(newsdesk.feeds(), newsdesk.entries(), newsdesk.fullText(), limits),
                new EntriesApi(newsdesk.entries(), newsdesk.fullText(), limits),
                new SearchApi(newsdesk.search(), newsdesk.fullText()),
                new OpmlApi(newsdesk.feeds(), limits),
                new ImportApi(newsdesk.imports(), newsdesk.entries(), newsdesk.fullText(), limits),
                new IndexApi(newsdesk.index()),
                new OpenApiDocument(),
                new WebSubCallbackRoutes(newsdesk.websub().callbacks(), limits),
                new EntryListPages(newsdesk.entries(), newsdesk.feeds(), layouts, pages, clock),
                new ArticlePages(newsdesk.entries(), newsdesk.fullText(), layouts, pages, clock),
                new EntryActions(newsdesk.entries()),
                new FeedPages(newsdesk.feeds(), newsdesk.entries(), newsdesk.fullText(), layouts, pages, clock),
                new OpmlPages(newsdesk.feeds(), limits),
                new SearchPages(newsdesk.search(), layouts, pages, clock),
                new AccountApi(newsdesk.accounts(), limits),
                new LoginPages(newsdesk.accounts(), access, cookie, layouts, pages),
                new SettingsPages(newsdesk.accounts(), access, cookie, layouts, pages, clock),
                new UserAdminPages(newsdesk.accounts(), layouts, pages, clock),
                new ReaderApis(newsdesk, logins, limits));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The port the server listens on; the chosen one when the settings asked for any (0). */
    public int port() {
        return app.port();
    }

    /** The routes the server answers (method and path pattern), static assets aside. */
    public List<Route> routes() {
        return routes;
    }

    /** Stops serving and frees the port; the Newsdesk it served stays open. */
    @Override
    public void close() {
        app.stop();
    }
}
