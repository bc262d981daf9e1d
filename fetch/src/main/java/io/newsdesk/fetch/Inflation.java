package io.newsdesk.fetch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/** Runs an {@link Inflater} over one input chunk, the step shared by the gzip and deflate decoders. */
final class Inflation {

    private Inflation() {}

    /**
     * Inflates {@code input} into {@code downstream}, advancing its position past the bytes consumed;
     * bytes after the end of the compressed stream are left in {@code input}.
     *
     * @param scratch the output buffer, reused between calls
     * @return {@code true} when the compressed stream ended
     * @throws IOException when the data is corrupt, or from {@code downstream} (such as the size limit)
     */
    static boolean inflate(Inflater inflater, ByteBuffer input, byte[] scratch, BodySink downstream)
            throws IOException {
        inflater.setInput(input);
        try {
            while (true) {
                int produced = inflater.inflate(scratch);
                if (produced > 0) {
                    downstream.write(ByteBuffer.wrap(scratch, 0, produced));
                }
                if (inflater.finished()) {
                    return true;
                }
                if (inflater.needsDictionary()) {
                    throw new ZipException("compressed body needs a preset dictionary");
                }
                if (produced == 0) {
                    if (inflater.needsInput()) {
                        return false;
                    }
                    throw new ZipException("compressed body makes no progress");
                }
            }
        } catch (DataFormatException e) {
            throw new ZipException("corrupt compressed body: " + e.getMessage());
        }
    }
}
