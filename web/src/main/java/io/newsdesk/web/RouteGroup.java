package io.newsdesk.web;

import io.javalin.config.RoutesConfig;

/** Routes that belong together (one API resource, one part of the UI) and add themselves to the server. */
public interface RouteGroup {

    void addTo(RoutesConfig routes);
}
