/**
 * What every request goes through, API and UI alike: security headers, refusal of cross-site
 * writes, body size limits, strict parsing of ids and paging, and who the request acts for.
 * Malformed input becomes Javalin's {@code HttpResponseException}s with messages that name the
 * parameter, which the server turns into 4xx answers.
 */
package io.newsdesk.web.http;
