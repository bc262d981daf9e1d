package io.newsdesk.parse.encoding;

import java.io.Reader;
import java.nio.charset.Charset;
import java.util.List;

/**
 * A document being read as a stream of characters, and how it is read.
 *
 * @param reader the characters, after any byte order mark
 * @param charset the encoding the bytes are decoded with
 * @param name the encoding's name as reported (see {@link DecodedText#name()})
 * @param problems what was wrong with the declared encoding and was worked around
 */
public record DecodedStream(Reader reader, Charset charset, String name, List<String> problems) {
    public DecodedStream {
        problems = List.copyOf(problems);
    }
}
