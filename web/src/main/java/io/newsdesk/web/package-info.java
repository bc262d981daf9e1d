/**
 * Newsdesk's HTTP server: {@link io.newsdesk.web.WebServer} serves the web UI, the REST API under
 * {@code /api/v1}, static assets and {@code /healthz} from one Javalin (Jetty 12) server over an
 * open {@link io.newsdesk.service.Newsdesk}.
 *
 * <p>Sub-packages: {@code http} holds what every request goes through (security headers,
 * cross-site refusal, body limits, parameter parsing, the current user); {@code api} the JSON
 * routes and the OpenAPI document; {@code pages} the UI routes, which render the page models of
 * {@code ui} with its jte templates.
 */
package io.newsdesk.web;
