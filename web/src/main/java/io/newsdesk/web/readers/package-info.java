/**
 * The sync protocols of the reader apps people already use, beside Newsdesk's own API: the
 * Miniflux API ({@code /v1}), the Google Reader API as FreshRSS serves it ({@code
 * /api/greader.php}) and the Fever API ({@code /fever/}). Each subpackage only speaks its protocol
 * (reads requests, calls {@link io.newsdesk.service.reader.ReaderService}, writes the protocol's
 * shapes, answers failures in the protocol's error shape); what every protocol shares, such as
 * who a request acts for, lives here. {@code docs/reader-apis.md} lists the endpoints.
 */
package io.newsdesk.web.readers;
