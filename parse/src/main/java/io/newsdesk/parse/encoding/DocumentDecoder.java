package io.newsdesk.parse.encoding;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a feed document's bytes the way browsers and feedparser resolve the encoding.
 *
 * <p>Order of authority: a byte order mark (it cannot be there by accident), then the HTTP
 * {@code charset}, then the XML declaration, then what the bytes look like (UTF-16/32 by their
 * zero bytes), then UTF-8. Publishers get this wrong often enough that each claim is checked
 * against the bytes:
 *
 * <ul>
 *   <li>a claim of UTF-16/32 for a document whose bytes are ASCII-compatible (or the reverse) is
 *       ignored, since the declaration could not even have been read that way;
 *   <li>an unknown label is ignored;
 *   <li>a legacy charset claimed for bytes that are valid multi-byte UTF-8 gives way to UTF-8
 *       (a CMS that writes UTF-8 under an old ISO-8859-1 template);
 *   <li>UTF-8 that does not decode is read in the encoding its bytes look like (a statistical
 *       guess, as browsers make), else as windows-1252, which never fails.
 * </ul>
 *
 * Every override is recorded as a problem.
 */
public final class DocumentDecoder {

    /** How much of a streamed document is looked at to choose its encoding. */
    private static final int STREAM_HEAD_BYTES = 4096;

    private DocumentDecoder() {}

    /**
     * Decodes a document.
     *
     * @param body the raw bytes
     * @param contentTypeHeader the HTTP {@code Content-Type}, or {@code null}
     */
    public static DecodedText decode(byte[] body, String contentTypeHeader) {
        List<String> problems = new ArrayList<>();
        Optional<ByteOrderMark> mark = ByteOrderMark.of(body);
        int offset = mark.map(ByteOrderMark::length).orElse(0);
        Charset family = mark.map(ByteOrderMark::charset)
                .or(() -> ByteOrderMark.wideWithoutMark(body))
                .orElse(null);
        ContentType contentType = ContentType.parse(contentTypeHeader);
        Choice choice = mark.isPresent()
                ? new Choice(mark.get().charset(), "a byte order mark", CharsetLabels.name(mark.get().charset()))
                : chooseFromClaims(body, contentType, family, problems);
        return decodeChecked(body, offset, choice, family == null && textMediaTypeWithoutCharset(contentType),
                problems);
    }

    /**
     * Opens a document too large to hold as a stream of characters, choosing the encoding from
     * the byte order mark, the HTTP charset and the XML declaration in its first bytes. Unlike
     * {@link #decode}, the bytes cannot be checked as a whole first: bytes that are not valid in
     * the chosen encoding become U+FFFD.
     *
     * @param body the document, positioned at its start (not closed here)
     * @param contentTypeHeader the HTTP {@code Content-Type}, or {@code null}
     */
    public static DecodedStream open(InputStream body, String contentTypeHeader) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(body, STREAM_HEAD_BYTES * 2);
        buffered.mark(STREAM_HEAD_BYTES);
        byte[] head = buffered.readNBytes(STREAM_HEAD_BYTES);
        buffered.reset();
        List<String> problems = new ArrayList<>();
        Optional<ByteOrderMark> mark = ByteOrderMark.of(head);
        Charset family = mark.map(ByteOrderMark::charset).or(() -> ByteOrderMark.wideWithoutMark(head)).orElse(null);
        Choice choice = mark.isPresent()
                ? new Choice(mark.get().charset(), "a byte order mark", CharsetLabels.name(mark.get().charset()))
                : chooseFromClaims(head, ContentType.parse(contentTypeHeader), family, problems);
        buffered.skipNBytes(mark.map(ByteOrderMark::length).orElse(0));
        Reader reader = new InputStreamReader(buffered, choice.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        return new DecodedStream(reader, choice.charset(), choice.name(), problems);
    }

    /**
     * The encoding to read with, the claim it came from (for messages) and the name to report.
     */
    private record Choice(Charset charset, String claim, String name) {}

    /**
     * RFC 3023 gives {@code text/*} XML media types without a charset the encoding US-ASCII,
     * whatever the XML declaration says; RFC 7303 and browsers go by the declaration instead.
     */
    private static boolean textMediaTypeWithoutCharset(ContentType contentType) {
        return contentType.mediaType().startsWith("text/") && contentType.charset() == null && !contentType.isHtml();
    }

    /**
     * The first {@code maxBytes} of a document as characters, for a quick look at its markup: read
     * in the encoding a byte order mark or UTF-16/32 zero bytes point to, else as ISO-8859-1 (which
     * keeps every ASCII character in place whatever the real encoding). No BOM in the result.
     */
    public static String decodeHead(byte[] body, int maxBytes) {
        Optional<ByteOrderMark> mark = ByteOrderMark.of(body);
        int offset = mark.map(ByteOrderMark::length).orElse(0);
        Charset charset = mark.map(ByteOrderMark::charset)
                .or(() -> ByteOrderMark.wideWithoutMark(body))
                .orElse(StandardCharsets.ISO_8859_1);
        int length = Math.max(0, Math.min(maxBytes, body.length) - offset);
        return new String(body, offset, length, charset);
    }

    private static Choice chooseFromClaims(
            byte[] body, ContentType contentType, Charset family, List<String> problems) {
        String httpLabel = contentType.charset();
        Optional<Charset> http = usable(httpLabel, "the HTTP header", family, problems);
        if (http.isPresent()) {
            return new Choice(http.get(), httpLabel, name(httpLabel, http.get(), family));
        }
        String declaredLabel = XmlDeclaration.encodingLabel(body, 0, family).orElse(null);
        Optional<Charset> declared = usable(declaredLabel, "the XML declaration", family, problems);
        if (declared.isPresent()) {
            return new Choice(declared.get(), declaredLabel, name(declaredLabel, declared.get(), family));
        }
        Charset found = family == null ? StandardCharsets.UTF_8 : family;
        return new Choice(found, "the default", CharsetLabels.name(found));
    }

    /** A wide encoding's label says nothing about byte order; the bytes do, and name it. */
    private static String name(String label, Charset charset, Charset family) {
        return family != null ? CharsetLabels.name(family) : CharsetLabels.name(label, charset);
    }

    /** The charset a claim names, unless it is unknown or contradicts the bytes. */
    private static Optional<Charset> usable(String label, String where, Charset family, List<String> problems) {
        if (label == null) {
            return Optional.empty();
        }
        Optional<Charset> named = CharsetLabels.lookup(label);
        if (named.isEmpty()) {
            problems.add("unknown character encoding '" + label + "' in " + where + " was ignored");
            return Optional.empty();
        }
        boolean wideBytes = family != null;
        if (CharsetLabels.isWide(named.get()) != wideBytes) {
            problems.add("encoding '" + label + "' in " + where + " contradicts the document's bytes and was ignored");
            return Optional.empty();
        }
        // "UTF-16" in a declaration read as UTF-16 says nothing about byte order: the bytes do.
        return Optional.of(wideBytes ? family : named.get());
    }

    private static DecodedText decodeChecked(
            byte[] body, int offset, Choice choice, boolean asciiByMediaType, List<String> problems) {
        Charset charset = choice.charset();
        if (CharsetLabels.isWide(charset)) {
            return finish(body, offset, charset, choice.name(), problems, null);
        }
        Utf8.Scan scan = Utf8.scan(body, offset);
        Utf8.Verdict verdict = scan.verdict();
        if (asciiByMediaType) {
            if (verdict == Utf8.Verdict.ASCII) {
                return finish(body, offset, charset, "us-ascii", problems, scan);
            }
            problems.add("the server sent a text/* type without a charset, which means US-ASCII, but the document is "
                    + "not ASCII; it was read as " + choice.name());
        }
        if (charset.equals(StandardCharsets.UTF_8) && verdict == Utf8.Verdict.INVALID) {
            Charset guessed = CharsetDetection.detect(body, offset).orElse(CharsetLabels.WINDOWS_1252);
            problems.add("the document is not valid UTF-8; it looks like " + guessed.name() + " and was read so");
            return finish(body, offset, guessed, CharsetDetection.name(guessed, body, offset), problems, scan);
        }
        if (!charset.equals(StandardCharsets.UTF_8) && verdict == Utf8.Verdict.MULTIBYTE) {
            problems.add("the document is declared as " + choice.claim() + " but is UTF-8, and was read as UTF-8");
            return finish(body, offset, StandardCharsets.UTF_8, "utf-8", problems, scan);
        }
        return finish(body, offset, charset, choice.name(), problems, scan);
    }

    /**
     * @param utf8 what {@link Utf8#scan} found in the bytes, {@code null} when they were not scanned
     */
    private static DecodedText finish(byte[] body, int offset, Charset charset, String name, List<String> problems,
            Utf8.Scan utf8) {
        boolean validUtf8 = charset.equals(StandardCharsets.UTF_8) && utf8 != null
                && utf8.verdict() != Utf8.Verdict.INVALID;
        // Bytes known to be valid need no error reporting: the String constructor decodes them fastest.
        String text = validUtf8
                ? new String(body, offset, body.length - offset, StandardCharsets.UTF_8)
                : decodeReporting(body, offset, charset, problems);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new DecodedText(text, charset, name, problems, validUtf8 && utf8.plainCharacters());
    }

    /** Decodes, noting bytes that are not valid in the charset (they become U+FFFD). */
    private static String decodeReporting(byte[] body, int offset, Charset charset, List<String> problems) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add("the document has bytes that are not valid " + charset.name()
                    + "; they were replaced by \uFFFD");
            return new String(body, offset, body.length - offset, charset);
        }
    }
}
