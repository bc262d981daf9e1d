package io.newsdesk.parse.encoding;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A document's text and how it was read.
 *
 * @param text the characters, without a byte order mark
 * @param charset the encoding the bytes were decoded with
 * @param name the encoding's name as reported: the label in lower case when a declaration was
 *     honoured (GB2312 and GBK as {@code gb18030}, whose superset reads them), else the name of
 *     the encoding found ({@code utf-16le}, {@code utf-8})
 * @param problems what was wrong with the declared encoding and was worked around; empty when the
 *     document said the truth
 * @param plainCharacters {@code true} when the text is known to hold no control characters other
 *     than tab and line breaks, no unpaired surrogates and no non-characters (checked on the bytes
 *     while deciding the encoding), so that a repair need only look at markup; {@code false} when
 *     unknown
 */
public record DecodedText(String text, Charset charset, String name, List<String> problems, boolean plainCharacters) {
    public DecodedText {
        problems = List.copyOf(problems);
    }
}
