package io.newsdesk.fetch;

import java.io.IOException;

/**
 * Raised for a Content-Encoding the fetcher cannot decode. It only asks for what it can undo, so
 * this is a server ignoring Accept-Encoding (typically sending Brotli, "br", to everyone); storing
 * the compressed bytes as if they were the document would only produce garbage.
 */
final class UnsupportedContentEncodingException extends IOException {

    UnsupportedContentEncodingException(String coding) {
        super("the server compressed the response with Content-Encoding \"" + coding
                + "\", which was not asked for and cannot be decoded (accepted: " + ContentDecoding.ACCEPTED + ")");
    }
}
