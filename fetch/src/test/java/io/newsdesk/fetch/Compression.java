package io.newsdesk.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** Compresses test bodies the ways servers do. */
final class Compression {

    private Compression() {}

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The zlib format, which HTTP's "deflate" means. */
    static byte[] zlib(byte[] data) {
        return deflate(data, false);
    }

    /** Raw deflate, which some servers send as "deflate". */
    static byte[] rawDeflate(byte[] data) {
        return deflate(data, true);
    }

    /** A gzip member of {@code decodedSize} zero bytes: a few hundred KiB that inflate to far more. */
    static byte[] gzipBomb(long decodedSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[1 << 20];
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16)) {
            for (long written = 0; written < decodedSize; written += zeros.length) {
                gzip.write(zeros, 0, (int) Math.min(zeros.length, decodedSize - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A valid gzip member of {@code count} empty stored deflate blocks: five bytes each on the wire,
     * nothing at all when decoded.
     */
    static byte[] gzipOfEmptyBlocks(int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
        for (int i = 0; i < count; i++) {
            out.writeBytes(new byte[] {0, 0, 0, (byte) 0xff, (byte) 0xff});
        }
        out.writeBytes(new byte[] {3, 0});
        // CRC-32 and size of the empty output.
        out.writeBytes(new byte[8]);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
            stream.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}
