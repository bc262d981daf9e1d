package io.newsdesk.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decodes a gzip body (RFC 1952) incrementally as chunks arrive, so a size limit downstream stops a
 * compression bomb after the first chunks instead of after the whole body.
 *
 * <p>Like browsers it is lenient where servers are known to be sloppy: concatenated members are all
 * decoded, bytes after the last member are ignored, and a missing or short trailer is accepted (the
 * CRC is not checked). A body that stops inside the compressed data is an error.
 */
final class GzipDecoder implements BodySink {

    private static final int MAGIC_1 = 0x1f;
    private static final int MAGIC_2 = 0x8b;
    private static final int METHOD_DEFLATE = 8;
    private static final int FIXED_HEADER_LENGTH = 10;
    private static final int TRAILER_LENGTH = 8;
    private static final int FLAG_HEADER_CRC = 0x02;
    private static final int FLAG_EXTRA = 0x04;
    private static final int FLAG_NAME = 0x08;
    private static final int FLAG_COMMENT = 0x10;
    /** Real headers are a few dozen bytes; a bound keeps a hostile one from costing quadratic time. */
    private static final int MAX_HEADER_LENGTH = 64 * 1024;
    private static final int INCOMPLETE = -1;

    private enum State { HEADER, DATA, TRAILER, IGNORING }

    private final BodySink downstream;
    private final Inflater inflater = new Inflater(true);
    private final byte[] scratch = new byte[16 * 1024];
    private final ByteArrayOutputStream header = new ByteArrayOutputStream();
    private State state = State.HEADER;
    private int trailerBytesLeft;
    private boolean memberStarted;

    GzipDecoder(BodySink downstream) {
        this.downstream = downstream;
    }

    @Override
    public void write(ByteBuffer input) throws IOException {
        while (input.hasRemaining()) {
            switch (state) {
                case HEADER -> readHeader(input);
                case DATA -> {
                    if (Inflation.inflate(inflater, input, scratch, downstream)) {
                        state = State.TRAILER;
                        trailerBytesLeft = TRAILER_LENGTH;
                    }
                }
                case TRAILER -> skipTrailer(input);
                case IGNORING -> input.position(input.limit());
            }
        }
    }

    @Override
    public void finish() throws IOException {
        boolean truncated = state == State.DATA || (state == State.HEADER && !memberStarted && header.size() > 0);
        if (truncated) {
            throw new ZipException("gzip body ended early");
        }
        downstream.finish();
    }

    @Override
    public void close() {
        inflater.end();
        downstream.close();
    }

    private void readHeader(ByteBuffer input) throws IOException {
        int available = input.remaining();
        byte[] chunk = new byte[available];
        input.get(chunk);
        header.writeBytes(chunk);
        byte[] bytes = header.toByteArray();
        if (memberStarted && !startsLikeGzip(bytes)) {
            // Padding or junk after the last member: browsers ignore it, so do we.
            state = State.IGNORING;
            header.reset();
            return;
        }
        int length = headerLength(bytes);
        if (length == INCOMPLETE) {
            if (bytes.length > MAX_HEADER_LENGTH) {
                throw new ZipException("gzip header longer than " + Quantities.bytes(MAX_HEADER_LENGTH));
            }
            return;
        }
        // The header ended inside this chunk; hand the bytes after it back to the input.
        input.position(input.position() - (bytes.length - length));
        header.reset();
        inflater.reset();
        memberStarted = true;
        state = State.DATA;
    }

    private void skipTrailer(ByteBuffer input) {
        int skipped = Math.min(trailerBytesLeft, input.remaining());
        input.position(input.position() + skipped);
        trailerBytesLeft -= skipped;
        if (trailerBytesLeft == 0) {
            state = State.HEADER;
        }
    }

    private static boolean startsLikeGzip(byte[] bytes) {
        return (bytes.length < 1 || (bytes[0] & 0xff) == MAGIC_1) && (bytes.length < 2 || (bytes[1] & 0xff) == MAGIC_2);
    }

    /** Returns the header's length, or {@link #INCOMPLETE} when more bytes are needed. */
    private static int headerLength(byte[] bytes) throws ZipException {
        if (!startsLikeGzip(bytes)) {
            throw new ZipException("body is not in gzip format");
        }
        if (bytes.length < FIXED_HEADER_LENGTH) {
            return INCOMPLETE;
        }
        if (bytes[2] != METHOD_DEFLATE) {
            throw new ZipException("unsupported gzip compression method " + bytes[2]);
        }
        int flags = bytes[3] & 0xff;
        int position = FIXED_HEADER_LENGTH;
        if ((flags & FLAG_EXTRA) != 0) {
            if (bytes.length < position + 2) {
                return INCOMPLETE;
            }
            position += 2 + ((bytes[position] & 0xff) | (bytes[position + 1] & 0xff) << 8);
        }
        if ((flags & FLAG_NAME) != 0) {
            position = afterZeroTerminated(bytes, position);
        }
        if ((flags & FLAG_COMMENT) != 0) {
            position = afterZeroTerminated(bytes, position);
        }
        if ((flags & FLAG_HEADER_CRC) != 0 && position != INCOMPLETE) {
            position += 2;
        }
        return position == INCOMPLETE || position > bytes.length ? INCOMPLETE : position;
    }

    private static int afterZeroTerminated(byte[] bytes, int start) {
        if (start == INCOMPLETE) {
            return INCOMPLETE;
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i + 1;
            }
        }
        return INCOMPLETE;
    }
}
