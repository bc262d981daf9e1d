package io.newsdesk.parse.encoding;

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
 *   <li>UTF-8 that does not decode is read as windows-1252, which never fails.
 * </ul>
 *
 * Every override is recorded as a problem.
 */
public final class DocumentDecoder {

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
        Choice choice = mark.isPresent()
                ? new Choice(mark.get().charset(), "a byte order mark")
                : chooseFromClaims(body, contentTypeHeader, family, problems);
        return decodeChecked(body, offset, choice, problems);
    }

    /** The encoding to read with, and the claim it came from (for messages). */
    private record Choice(Charset charset, String claim) {}

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
            byte[] body, String contentTypeHeader, Charset family, List<String> problems) {
        String httpLabel = ContentType.parse(contentTypeHeader).charset();
        Optional<Charset> http = usable(httpLabel, "the HTTP header", family, problems);
        if (http.isPresent()) {
            return new Choice(http.get(), httpLabel);
        }
        String declaredLabel = XmlDeclaration.encodingLabel(body, 0, family).orElse(null);
        Optional<Charset> declared = usable(declaredLabel, "the XML declaration", family, problems);
        if (declared.isPresent()) {
            return new Choice(declared.get(), declaredLabel);
        }
        return new Choice(family == null ? StandardCharsets.UTF_8 : family, "the default");
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

    private static DecodedText decodeChecked(byte[] body, int offset, Choice choice, List<String> problems) {
        Charset charset = choice.charset();
        if (!CharsetLabels.isWide(charset)) {
            Utf8.Verdict verdict = Utf8.scan(body, offset);
            if (charset.equals(StandardCharsets.UTF_8) && verdict == Utf8.Verdict.INVALID) {
                problems.add("the document is not valid UTF-8 and was read as windows-1252");
                return finish(body, offset, CharsetLabels.WINDOWS_1252, problems);
            }
            if (!charset.equals(StandardCharsets.UTF_8) && verdict == Utf8.Verdict.MULTIBYTE) {
                problems.add("the document is declared as " + choice.claim() + " but is UTF-8, and was read as UTF-8");
                return finish(body, offset, StandardCharsets.UTF_8, problems);
            }
        }
        return finish(body, offset, charset, problems);
    }

    private static DecodedText finish(byte[] body, int offset, Charset charset, List<String> problems) {
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add("the document has bytes that are not valid " + charset.name()
                    + "; they were replaced by \uFFFD");
            text = new String(body, offset, body.length - offset, charset);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new DecodedText(text, charset, problems);
    }
}
