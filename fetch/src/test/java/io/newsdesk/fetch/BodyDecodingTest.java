package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The streaming decoders, fed in chunks of every size, against the JDK's compressors. */
class BodyDecodingTest {

    @Property
    void gzipRoundTripsWhateverTheChunking(@ForAll @Size(max = 20_000) byte[] data, @ForAll @IntRange(min = 1, max = 5000) int chunk)
            throws IOException {
        assertThat(decode(List.of("gzip"), Compression.gzip(data), chunk)).isEqualTo(data);
    }

    @Property
    void deflateRoundTripsInBothFormats(@ForAll @Size(max = 20_000) byte[] data, @ForAll @IntRange(min = 1, max = 5000) int chunk)
            throws IOException {
        assertThat(decode(List.of("deflate"), Compression.zlib(data), chunk)).isEqualTo(data);
        assertThat(decode(List.of("deflate"), Compression.rawDeflate(data), chunk)).isEqualTo(data);
    }

    @Property
    void decodesConcatenatedGzipMembers(@ForAll @Size(max = 5000) byte[] first, @ForAll @Size(max = 5000) byte[] second,
            @ForAll @IntRange(min = 1, max = 3000) int chunk) throws IOException {
        byte[] body = concat(Compression.gzip(first), Compression.gzip(second));

        assertThat(decode(List.of("gzip"), body, chunk)).isEqualTo(concat(first, second));
    }

    @Property
    void undoesStackedCodingsInReverseOrder(@ForAll @Size(max = 5000) byte[] data, @ForAll @IntRange(min = 1, max = 3000) int chunk)
            throws IOException {
        // "Content-Encoding: gzip, deflate": gzip was applied first, then deflate.
        byte[] body = Compression.zlib(Compression.gzip(data));

        assertThat(decode(List.of("gzip", "deflate"), body, chunk)).isEqualTo(data);
    }

    @Test
    void parsesGzipHeadersWithOptionalFields() throws IOException {
        byte[] plain = Compression.gzip("hello".getBytes());
        ByteArrayOutputStream withFields = new ByteArrayOutputStream();
        withFields.write(plain, 0, 3);
        withFields.write(0x04 | 0x08 | 0x10 | 0x02); // FEXTRA, FNAME, FCOMMENT, FHCRC
        withFields.write(plain, 4, 6);
        withFields.writeBytes(new byte[] {3, 0, 'a', 'b', 'c'});
        withFields.writeBytes("feed.xml\0".getBytes());
        withFields.writeBytes("a comment\0".getBytes());
        withFields.writeBytes(new byte[] {0x12, 0x34});
        withFields.write(plain, 10, plain.length - 10);

        for (int chunk = 1; chunk <= 8; chunk++) {
            assertThat(decode(List.of("gzip"), withFields.toByteArray(), chunk)).isEqualTo("hello".getBytes());
        }
    }

    @Test
    void ignoresBytesAfterTheLastGzipMemberAndAMissingTrailer() throws IOException {
        byte[] gzip = Compression.gzip("news".getBytes());

        assertThat(decode(List.of("gzip"), concat(gzip, new byte[] {0, 0, 0, 0}), 3)).isEqualTo("news".getBytes());
        assertThat(decode(List.of("gzip"), Arrays.copyOf(gzip, gzip.length - 8), 3)).isEqualTo("news".getBytes());
    }

    @Test
    void anEmptyBodyIsEmptyWhateverTheCoding() throws IOException {
        assertThat(decode(List.of("gzip"), new byte[0], 1)).isEmpty();
        assertThat(decode(List.of("deflate"), new byte[0], 1)).isEmpty();
    }

    @Test
    void aBodyCutInsideTheCompressedDataIsAnError() {
        byte[] gzip = Compression.gzip(new byte[10_000]);
        byte[] zlib = Compression.zlib("some text that compresses".repeat(100).getBytes());

        assertThatThrownBy(() -> decode(List.of("gzip"), Arrays.copyOf(gzip, 15), 4)).isInstanceOf(ZipException.class);
        assertThatThrownBy(() -> decode(List.of("gzip"), Arrays.copyOf(gzip, 5), 4)).isInstanceOf(ZipException.class);
        assertThatThrownBy(() -> decode(List.of("deflate"), Arrays.copyOf(zlib, zlib.length / 2), 4)).isInstanceOf(ZipException.class);
    }

    @Test
    void somethingThatIsNotGzipIsAnError() {
        assertThatThrownBy(() -> decode(List.of("gzip"), "<rss/>".getBytes(), 100))
                .isInstanceOf(ZipException.class)
                .hasMessage("body is not in gzip format");
    }

    @Test
    void theDecodedSizeIsLimitedEvenWhenTheWireSizeIsTiny() {
        byte[] bomb = Compression.gzipBomb(50L * 1024 * 1024);
        ByteCollector collector = new ByteCollector();
        BodySink sink = new SizeLimitSink(1024 * 1024, decoder(List.of("gzip"), new SizeLimitSink(1024 * 1024, collector)));

        assertThatThrownBy(() -> feed(sink, bomb, 4096))
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessage("response larger than 1 MiB");
        sink.close();
    }

    @Test
    void refusesCodingsItCannotUndo() {
        assertThatThrownBy(() -> ContentDecoding.decoderFor(List.of("br"), new ByteCollector()))
                .isInstanceOf(UnsupportedContentEncodingException.class)
                .hasMessage("the server compressed the response with Content-Encoding \"br\", which was not asked for and cannot be decoded (accepted: gzip, deflate)");
    }

    private static byte[] decode(List<String> codings, byte[] body, int chunk) throws IOException {
        ByteCollector collector = new ByteCollector();
        BodySink sink = decoder(codings, collector);
        try {
            feed(sink, body, chunk);
            sink.finish();
        } finally {
            sink.close();
        }
        return collector.toByteArray();
    }

    private static BodySink decoder(List<String> codings, BodySink downstream) {
        try {
            return ContentDecoding.decoderFor(codings, downstream);
        } catch (UnsupportedContentEncodingException e) {
            throw new AssertionError(e);
        }
    }

    private static void feed(BodySink sink, byte[] body, int chunk) throws IOException {
        for (int offset = 0; offset < body.length; offset += chunk) {
            ByteBuffer buffer = ByteBuffer.wrap(body, offset, Math.min(chunk, body.length - offset));
            sink.write(buffer);
            assertThat(buffer.hasRemaining()).as("sink consumed the chunk").isFalse();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
