package io.newsdesk.fetch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Keeps the bytes written to it; bound it with a {@link SizeLimitSink} in front. */
final class ByteCollector implements BodySink {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public void write(ByteBuffer chunk) {
        if (chunk.hasArray()) {
            bytes.write(chunk.array(), chunk.arrayOffset() + chunk.position(), chunk.remaining());
            chunk.position(chunk.limit());
        } else {
            byte[] copy = new byte[chunk.remaining()];
            chunk.get(copy);
            bytes.writeBytes(copy);
        }
    }

    @Override
    public void finish() {}

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
