package io.newsdesk.parse.encoding;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A document's text and how it was read.
 *
 * @param text the characters, without a byte order mark
 * @param charset the encoding the bytes were decoded with
 * @param problems what was wrong with the declared encoding and was worked around; empty when the
 *     document said the truth
 */
public record DecodedText(String text, Charset charset, List<String> problems) {
    public DecodedText {
        problems = List.copyOf(problems);
    }
}
