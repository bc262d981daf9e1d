package io.newsdesk.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a fetched page to text, finding its encoding the way browsers do: a byte-order mark
 * first, then the {@code charset} of the Content-Type header, then a {@code <meta charset>} or
 * {@code http-equiv} declaration near the top of the document; with none of these, UTF-8 when the
 * bytes are valid UTF-8 and windows-1252 otherwise (the usual encoding of undeclared legacy pages).
 */
final class PageDecoder {

    /** How far into the document a meta declaration is looked for. */
    static final int PRESCAN_BYTES = 8192;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern HEADER_CHARSET =
            Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';,\\s]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

    private PageDecoder() {}

    /**
     * @param body the raw bytes
     * @param contentType the Content-Type header, or {@code null}
     */
    static String decode(byte[] body, String contentType) {
        int bomLength = bomLength(body);
        if (bomLength > 0) {
            Charset bomCharset = bomLength == 3 ? StandardCharsets.UTF_8
                    : body[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE
                    : StandardCharsets.UTF_16LE;
            return new String(body, bomLength, body.length - bomLength, bomCharset);
        }
        Charset declared = contentType == null ? null : fromHeader(contentType);
        if (declared == null) {
            declared = fromMeta(body);
        }
        if (declared != null) {
            return new String(body, declared);
        }
        String utf8 = strictUtf8(body);
        return utf8 != null ? utf8 : new String(body, WINDOWS_1252);
    }

    /** The media type of a Content-Type header, lower case ("text/html"), or empty. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }

    private static int bomLength(byte[] body) {
        if (body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB
                && body[2] == (byte) 0xBF) {
            return 3;
        }
        if (body.length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return 2;
        }
        return 0;
    }

    private static Charset fromHeader(String contentType) {
        Matcher matcher = HEADER_CHARSET.matcher(contentType);
        return matcher.find() ? charset(matcher.group(1), false) : null;
    }

    private static Charset fromMeta(byte[] body) {
        // ISO-8859-1 maps every byte to one char, so ASCII markup reads back exactly.
        String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES),
                StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        return matcher.find() ? charset(matcher.group(1), true) : null;
    }

    /**
     * The charset for a label, with the WHATWG Encoding Standard's aliases: latin-1 and ASCII
     * labels mean windows-1252, and a UTF-16 label inside ASCII-compatible markup means UTF-8.
     */
    private static Charset charset(String label, boolean fromMarkup) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252" -> {
                return WINDOWS_1252;
            }
            case "utf8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                // looked up below
            }
        }
        if (fromMarkup && name.startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    private static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
