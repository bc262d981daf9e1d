package io.newsdesk.fetch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Decodes a "deflate" body incrementally. HTTP defines it as the zlib format (RFC 1950), but some
 * servers send raw deflate (RFC 1951); the first two bytes tell which, as browsers also check.
 * Bytes after the end of the compressed stream are ignored.
 */
final class DeflateDecoder implements BodySink {

    private final BodySink downstream;
    private final byte[] scratch = new byte[16 * 1024];
    private final byte[] prefix = new byte[2];
    private int prefixLength;
    private Inflater inflater;
    private boolean ended;

    DeflateDecoder(BodySink downstream) {
        this.downstream = downstream;
    }

    @Override
    public void write(ByteBuffer input) throws IOException {
        if (inflater == null) {
            while (prefixLength < prefix.length && input.hasRemaining()) {
                prefix[prefixLength++] = input.get();
            }
            if (prefixLength < prefix.length) {
                return;
            }
            inflater = new Inflater(!isZlibHeader(prefix[0], prefix[1]));
            inflate(ByteBuffer.wrap(prefix));
        }
        if (!ended && input.hasRemaining()) {
            inflate(input);
        }
        if (ended) {
            input.position(input.limit());
        }
    }

    @Override
    public void finish() throws IOException {
        boolean started = inflater != null || prefixLength > 0;
        if (started && !ended) {
            throw new ZipException("deflate body ended early");
        }
        downstream.finish();
    }

    @Override
    public void close() {
        if (inflater != null) {
            inflater.end();
        }
        downstream.close();
    }

    private void inflate(ByteBuffer input) throws IOException {
        ended = Inflation.inflate(inflater, input, scratch, downstream);
    }

    /** RFC 1950: compression method 8 and a header checksum that makes the first two bytes a multiple of 31. */
    private static boolean isZlibHeader(byte first, byte second) {
        int cmf = first & 0xff;
        int flg = second & 0xff;
        return (cmf & 0x0f) == 8 && (cmf >>> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
    }
}
