package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The page's encoding is found the way browsers find it. */
class CharsetTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static String titleOf(byte[] body, String contentType) {
        return new ArticleExtractor().extract(body, contentType, "https://example.org/").title();
    }

    private static byte[] page(String metaTag, String title, Charset charset) {
        return ("<html><head>" + metaTag + "<title>" + title + "</title></head><body><p>x</p>"
                + "</body></html>").getBytes(charset);
    }

    @Test
    void theHeaderCharsetIsUsed() {
        byte[] body = page("", "Café crème", StandardCharsets.ISO_8859_1);

        assertThat(titleOf(body, "text/html; charset=ISO-8859-1")).isEqualTo("Café crème");
        assertThat(titleOf(body, "text/html;charset=\"latin1\"")).isEqualTo("Café crème");
    }

    @Test
    void theMetaCharsetIsUsedWithoutAHeaderOne() {
        byte[] body = page("<meta charset=\"windows-1251\">", "Новости дня", WINDOWS_1251);

        assertThat(titleOf(body, "text/html")).isEqualTo("Новости дня");
    }

    @Test
    void theHttpEquivDeclarationIsUsed() {
        byte[] body = page("<meta http-equiv=\"Content-Type\" content=\"text/html;"
                + " charset=windows-1251\">", "Новости дня", WINDOWS_1251);

        assertThat(titleOf(body, null)).isEqualTo("Новости дня");
    }

    @Test
    void theHeaderWinsOverTheMetaDeclaration() {
        byte[] body = page("<meta charset=\"windows-1251\">", "Grüße", StandardCharsets.UTF_8);

        assertThat(titleOf(body, "text/html; charset=utf-8")).isEqualTo("Grüße");
    }

    @Test
    void aByteOrderMarkWinsOverEverything() {
        byte[] utf8 = page("<meta charset=\"windows-1251\">", "Grüße", StandardCharsets.UTF_8);
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                page("", "Grüße", StandardCharsets.UTF_16LE));

        assertThat(titleOf(withBom, "text/html; charset=windows-1251")).isEqualTo("Grüße");
        assertThat(titleOf(utf16, null)).isEqualTo("Grüße");
    }

    @Test
    void undeclaredPagesAreUtf8WhenValidElseWindows1252() {
        assertThat(titleOf(page("", "Grüße – “quoted”", StandardCharsets.UTF_8), null))
                .isEqualTo("Grüße – “quoted”");
        assertThat(titleOf(page("", "Grüße – “quoted”", WINDOWS_1252), "text/html"))
                .isEqualTo("Grüße – “quoted”");
    }

    @Test
    void anUnknownCharsetNameFallsBackToDetection() {
        byte[] body = page("<meta charset=\"no-such-charset\">", "Grüße", StandardCharsets.UTF_8);

        assertThat(titleOf(body, "text/html; charset=bogus")).isEqualTo("Grüße");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length).put(first).put(second).array();
    }
}
