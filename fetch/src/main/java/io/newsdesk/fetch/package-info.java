/**
 * HTTP fetching for Newsdesk: polite, bounded and safe.
 *
 * <p>{@link io.newsdesk.fetch.Fetcher} fetches a {@link io.newsdesk.fetch.FetchRequest} into a
 * {@link io.newsdesk.fetch.FetchResult} (2xx or 304) or fails with a
 * {@link io.newsdesk.fetch.FetchException} whose {@link io.newsdesk.fetch.FetchException.Reason}
 * tells the caller what to do next. {@link io.newsdesk.fetch.FetchSettings} sets the limits;
 * {@link io.newsdesk.fetch.AddressPolicy} keeps fetches off private networks unless allowed.
 */
package io.newsdesk.fetch;
