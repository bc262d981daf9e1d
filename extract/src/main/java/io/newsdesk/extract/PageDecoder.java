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
 * Decodes a fetched page to text. A byte-order mark decides first, then a UTF-16 charset in the
 * Content-Type header when the bytes bear it out (such pages carry no other clue). Then, unlike a browser, the bytes
 * themselves: a page that is valid UTF-8 is read as UTF-8 whatever it declares, since servers and
 * templates often declare a default (ISO-8859-1) the page is not in, while text in another
 * encoding is almost never valid UTF-8 by chance. Otherwise the declared charset is used (the
 * header's, else a {@code <meta>} declaration near the top), unless it is UTF-8, which the bytes
 * just disproved; with none, windows-1252, the usual encoding of undeclared legacy pages.
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
     * @param length how many of them to read (a page may be cut short of its end)
     * @param contentType the Content-Type header, or {@code null}
     */
    static String decode(byte[] body, int length, String contentType) {
        int bomLength = bomLength(body, length);
        if (bomLength > 0) {
            Charset bomCharset = bomLength == 3 ? StandardCharsets.UTF_8
                    : body[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE
                    : StandardCharsets.UTF_16LE;
            return new String(body, bomLength, length - bomLength, bomCharset);
        }
        Charset header = contentType == null ? null : fromHeader(contentType);
        if (header != null && header.name().startsWith("UTF-16") && hasNul(body, length)) {
            return new String(body, 0, length, header);
        }
        String utf8 = strictUtf8(body, length < body.length ? completeUtf8Length(body, length) : length);
        if (utf8 != null) {
            return utf8;
        }
        Charset declared = header != null && !header.equals(StandardCharsets.UTF_8) ? header : null;
        if (declared == null) {
            Charset meta = fromMeta(body, length);
            declared = meta != null && !meta.equals(StandardCharsets.UTF_8) ? meta : null;
        }
        return new String(body, 0, length, declared != null ? declared : WINDOWS_1252);
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

    private static int bomLength(byte[] body, int length) {
        if (length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB
                && body[2] == (byte) 0xBF) {
            return 3;
        }
        if (length >= 2 && ((body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)
                || (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE))) {
            return 2;
        }
        return 0;
    }

    private static Charset fromHeader(String contentType) {
        Matcher matcher = HEADER_CHARSET.matcher(contentType);
        return matcher.find() ? charset(matcher.group(1), false) : null;
    }

    private static Charset fromMeta(byte[] body, int length) {
        // ISO-8859-1 maps every byte to one char, so ASCII markup reads back exactly.
        String head = new String(body, 0, Math.min(length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
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

    /** Text in UTF-16 has NUL bytes beside its ASCII characters; a page that merely says so does not. */
    private static boolean hasNul(byte[] body, int length) {
        for (int i = 0; i < Math.min(length, PRESCAN_BYTES); i++) {
            if (body[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The length without a UTF-8 sequence cut in two at the end, so that a page cut short is
     * still recognised as UTF-8.
     */
    private static int completeUtf8Length(byte[] body, int length) {
        for (int back = 1; back <= 3 && back <= length; back++) {
            int b = body[length - back] & 0xFF;
            if (b < 0x80) {
                return length;
            }
            if (b >= 0xC0) {
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? length - back : length;
            }
        }
        return length;
    }

    private static String strictUtf8(byte[] body, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, 0, length))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
