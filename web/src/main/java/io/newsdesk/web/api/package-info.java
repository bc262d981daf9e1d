/**
 * The REST API under {@code /api/v1}. Every answer uses the shared shapes of
 * {@link io.newsdesk.service.json.JsonShapes}, so the API and the CLI print the same JSON; every
 * route is described in the OpenAPI document beside {@link io.newsdesk.web.api.OpenApiDocument}.
 */
package io.newsdesk.web.api;
