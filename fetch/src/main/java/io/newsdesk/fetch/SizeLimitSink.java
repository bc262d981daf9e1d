package io.newsdesk.fetch;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Passes bytes on until more than the limit have gone through, then fails. */
final class SizeLimitSink implements BodySink {

    private final long limit;
    private final BodySink downstream;
    private long count;

    SizeLimitSink(long limit, BodySink downstream) {
        this.limit = limit;
        this.downstream = downstream;
    }

    @Override
    public void write(ByteBuffer bytes) throws IOException {
        count += bytes.remaining();
        if (count > limit) {
            throw new BodyTooLargeException(limit);
        }
        downstream.write(bytes);
    }

    @Override
    public void finish() throws IOException {
        downstream.finish();
    }

    @Override
    public void close() {
        downstream.close();
    }
}
