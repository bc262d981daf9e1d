package io.newsdesk.web.readers;

import io.javalin.config.RoutesConfig;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.BodyLimits;
import io.newsdesk.web.http.ErrorFormat;
import io.newsdesk.web.readers.fever.FeverApi;
import io.newsdesk.web.readers.fever.FeverErrors;
import io.newsdesk.web.readers.greader.GoogleReaderApi;
import io.newsdesk.web.readers.greader.GoogleReaderErrors;
import io.newsdesk.web.readers.miniflux.MinifluxApi;
import io.newsdesk.web.readers.miniflux.MinifluxErrors;
import java.util.List;

/** The reader apps' protocols, added to the server together, each with its own error shape. */
public final class ReaderApis implements RouteGroup {

    private final List<RouteGroup> protocols;

    public ReaderApis(Newsdesk newsdesk, ReaderLogins logins, BodyLimits limits) {
        this.protocols = List.of(
                new MinifluxApi(newsdesk.reader(), newsdesk.search(), logins, limits),
                new GoogleReaderApi(newsdesk.reader(), logins, newsdesk.config().clock()),
                new FeverApi(newsdesk.reader(), logins));
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.before(new DoubledSlashes(List.of(MinifluxApi.PREFIX, GoogleReaderApi.PREFIX, FeverApi.PATH)));
        protocols.forEach(protocol -> protocol.addTo(routes));
    }

    /** How each protocol answers failures on its routes, for the server's error handling. */
    public static List<ErrorFormat> errorFormats() {
        return List.of(new MinifluxErrors(), new GoogleReaderErrors(), new FeverErrors());
    }
}
