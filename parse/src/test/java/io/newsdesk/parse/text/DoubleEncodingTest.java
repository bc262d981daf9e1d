package io.newsdesk.parse.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** UTF-8 read as windows-1252 upstream, recognized and read back. */
class DoubleEncodingTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void readsDoubleEncodedTextBack() {
        assertThat(DoubleEncoding.repair("Ã©tÃ© Ã\u00a0 Paris")).isEqualTo("été à Paris");
        assertThat(DoubleEncoding.repair("itâ€™s â€œquotedâ€\u009d")).isEqualTo("it’s “quoted”");
        assertThat(DoubleEncoding.repair("â\u0080¦")).as("ISO-8859-1's reading").isEqualTo("…");
        assertThat(DoubleEncoding.repair("æ—¥æœ¬èªž")).isEqualTo("日本語");
        assertThat(DoubleEncoding.repair("ðŸ“°")).isEqualTo("\uD83D\uDCF0");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "plain ASCII",
        "café crème",
        "Ãn is no sequence",
        "São Paulo Â",
        "naïve â€” but also “curly” quotes",
        "Ελληνικά, русский, 日本語",
        "€5 for ™",
    })
    void leavesTextThatIsNotDoubleEncodedAlone(String text) {
        assertThat(DoubleEncoding.repair(text)).isSameAs(text);
    }

    @Property
    void undoesExactlyTheMistake(@ForAll String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        String mojibake = new String(utf8, WINDOWS_1252);
        boolean encodable = new String(utf8, StandardCharsets.UTF_8).equals(text);
        boolean mistakeChangedIt = !mojibake.equals(text);
        // Bytes windows-1252 has no character for become U+FFFD, which cannot be read back.
        boolean readable = mojibake.indexOf('\uFFFD') < 0;

        if (encodable && mistakeChangedIt && readable) {
            assertThat(DoubleEncoding.repair(mojibake)).isEqualTo(text);
        }
    }
}
