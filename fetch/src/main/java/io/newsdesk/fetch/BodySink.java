package io.newsdesk.fetch;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Receives a response body chunk by chunk as it arrives; implementations decode, limit or collect
 * it and pass it on.
 */
interface BodySink {

    /** A sink that drops everything, for bodies nobody reads. */
    BodySink DISCARD = new BodySink() {
        @Override
        public void write(ByteBuffer bytes) {
            bytes.position(bytes.limit());
        }

        @Override
        public void finish() {}
    };

    /**
     * Consumes all remaining bytes of {@code bytes}; the buffer may be reused by the caller afterwards.
     *
     * @throws IOException when the body is too large or cannot be decoded
     */
    void write(ByteBuffer bytes) throws IOException;

    /**
     * Signals the end of the body.
     *
     * @throws IOException when the body ended in the middle of an encoded stream
     */
    void finish() throws IOException;

    /** Releases native resources; safe to call more than once, also after a failure. */
    default void close() {}
}
