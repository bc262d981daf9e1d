package io.newsdesk.fetch;

import java.io.IOException;

/** Raised for a Content-Encoding the fetcher cannot decode (it only asks for gzip and deflate). */
final class UnsupportedContentEncodingException extends IOException {

    UnsupportedContentEncodingException(String coding) {
        super("unsupported Content-Encoding \"" + coding + "\"");
    }
}
