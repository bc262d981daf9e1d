package io.newsdesk.parse;

/**
 * What is known about a feed document besides its bytes: where it came from and what the server
 * said about it.
 *
 * @param url the document's URL (after redirects, or the {@code Content-Location}), the base for
 *     relative links; {@code null} for a local file
 * @param contentType the HTTP {@code Content-Type}, or {@code null}: its charset counts; its media
 *     type only breaks ties, since the document itself decides the format
 * @param contentLanguage the HTTP {@code Content-Language}, the language of whatever the
 *     document does not give a language itself; {@code null} when unknown
 */
public record DocumentOrigin(String url, String contentType, String contentLanguage) {

    /** A document known by its URL and content type only. */
    public static DocumentOrigin of(String url, String contentType) {
        return new DocumentOrigin(url, contentType, null);
    }
}
