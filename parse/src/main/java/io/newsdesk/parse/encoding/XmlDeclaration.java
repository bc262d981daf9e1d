package io.newsdesk.parse.encoding;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code encoding} pseudo-attribute of an XML declaration from raw bytes. */
final class XmlDeclaration {

    /** Declarations come first; this many bytes are more than enough to hold one. */
    private static final int HEAD_BYTES = 1024;

    private static final Pattern ENCODING = Pattern.compile(
            "^\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");

    private XmlDeclaration() {}

    /**
     * The declared encoding label, reading the head in {@code family}: the encoding the bytes
     * themselves point to (UTF-16/32 from zero bytes), or an ASCII-compatible one otherwise.
     */
    static Optional<String> encodingLabel(byte[] bytes, int offset, Charset family) {
        int length = Math.min(HEAD_BYTES, bytes.length - offset);
        Charset reading = family == null ? StandardCharsets.ISO_8859_1 : family;
        String head = new String(bytes, offset, length, reading);
        if (!head.isEmpty() && head.charAt(0) == '\uFEFF') {
            head = head.substring(1);
        }
        Matcher matcher = ENCODING.matcher(head);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
