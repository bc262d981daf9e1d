package io.newsdesk.parse.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void tellsAsciiFromMultiByteFromInvalid() {
        assertThat(scan("plain <b>ASCII</b>\r\n\tand more than eight bytes").verdict()).isEqualTo(Utf8.Verdict.ASCII);
        assertThat(scan("caf\u00e9 \u2019quoted\u2019 \uD83D\uDE00").verdict()).isEqualTo(Utf8.Verdict.MULTIBYTE);
        assertThat(Utf8.scan(new byte[] {'a', (byte) 0xE9, 'b'}, 0).verdict()).isEqualTo(Utf8.Verdict.INVALID);
        assertThat(Utf8.scan(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0).verdict())
                .as("an encoded surrogate").isEqualTo(Utf8.Verdict.INVALID);
    }

    @Test
    void tellsWhetherAnyCharacterNeedsRepair() {
        assertThat(scan("text\twith\r\nline breaks, caf\u00e9 and \u2019").plainCharacters()).isTrue();
        assertThat(scan("a form feed \f in a long enough text").plainCharacters()).isFalse();
        assertThat(scan("a C1 control \u0085 in a long enough text").plainCharacters()).isFalse();
        assertThat(scan("a non-character \uFFFE in a long enough text").plainCharacters()).isFalse();
        assertThat(scan("DEL \u007F and NBSP \u00A0 are characters like others").plainCharacters()).isTrue();
    }

    /** Eight bytes are checked at once: a control character is found wherever it falls in the words. */
    @Property(tries = 300)
    void findsAControlCharacterAtAnyPosition(
            @ForAll @Chars({'a', ' ', '~', '<', '\n', '\u00e9'}) @StringLength(min = 0, max = 40) String text,
            @ForAll @IntRange(min = 0, max = 40) int at,
            @ForAll("controls") char control) {
        int position = Math.min(at, text.length());
        String withControl = text.substring(0, position) + control + text.substring(position);

        assertThat(scan(text).plainCharacters()).isTrue();
        assertThat(scan(withControl).plainCharacters()).isFalse();
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.of('\u0000', '\u0001', '\u001F', '\u000B', '\u0080', '\u009F', '\uFFFF');
    }

    private static Utf8.Scan scan(String text) {
        return Utf8.scan(text.getBytes(StandardCharsets.UTF_8), 0);
    }
}
