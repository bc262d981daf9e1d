package io.newsdesk.parse.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.parse.SharedCorpus;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentDecoderTest {

    private static final String MINIFLUX = "feed-fixtures/miniflux/internal/reader/encoding/testdata/";

    @Test
    void xmlDeclarationNamesTheEncoding() {
        DecodedText decoded = DocumentDecoder.decode(SharedCorpus.bytes(MINIFLUX + "iso-8859-1.xml"), null);

        assertThat(decoded.text()).contains("<title>Café</title>");
        assertThat(decoded.charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(decoded.problems()).isEmpty();
    }

    @Test
    void windows1252HasTheEuroSign() {
        DecodedText decoded = DocumentDecoder.decode(SharedCorpus.bytes(MINIFLUX + "windows-1252.xml"), null);

        assertThat(decoded.text()).contains("Euro €");
    }

    @Test
    void koi8rIsDecoded() {
        DecodedText decoded = DocumentDecoder.decode(SharedCorpus.bytes(MINIFLUX + "koi8r.xml"), "application/rss+xml");

        assertThat(decoded.text()).contains("Пример RSS ленты");
        assertThat(decoded.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf8-incorrect-prolog.xml", "windows-1252-incorrect-prolog.xml"})
    void utf8DeclaredAsALegacyCharsetIsReadAsUtf8(String file) {
        DecodedText decoded = DocumentDecoder.decode(SharedCorpus.bytes(MINIFLUX + file), null);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).containsAnyOf("Café", "Euro €");
        assertThat(decoded.problems()).singleElement().asString().contains("but is UTF-8");
    }

    @Test
    void unknownDeclaredEncodingFallsBackToUtf8() {
        DecodedText decoded = DocumentDecoder.decode(SharedCorpus.bytes(MINIFLUX + "invalid-prolog.xml"), null);

        assertThat(decoded.text()).contains("<title>Café</title>");
        assertThat(decoded.problems()).containsExactly(
                "unknown character encoding 'invalid' in the XML declaration was ignored");
    }

    @Test
    void undeclaredLatin1FallsBackToWindows1252() {
        DecodedText decoded = DocumentDecoder.decode(
                SharedCorpus.bytes("feed-fixtures/miniflux/internal/reader/parser/testdata/no_encoding_ISO-8859-1.xml"), null);

        assertThat(decoded.text()).contains("le magazine de toutes les psychologies").contains("nombre d'études");
        assertThat(decoded.problems()).containsExactly("the document is not valid UTF-8; it looks like windows-1252 and was read so");
        assertThat(decoded.name()).isEqualTo("windows-1252");
    }

    @Test
    void httpCharsetOverridesTheDeclaration() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>caf\u00e9</title></channel></rss>"
                .getBytes(StandardCharsets.ISO_8859_1);

        DecodedText decoded = DocumentDecoder.decode(body, "text/xml; charset=\"ISO-8859-1\"");

        assertThat(decoded.text()).contains("café");
        assertThat(decoded.problems()).isEmpty();
    }

    @Test
    void byteOrderMarkBeatsTheHttpCharset() {
        byte[] text = "<rss><channel><title>\u00fcber</title></channel></rss>".getBytes(StandardCharsets.UTF_16LE);
        byte[] body = new byte[text.length + 2];
        body[0] = (byte) 0xFF;
        body[1] = (byte) 0xFE;
        System.arraycopy(text, 0, body, 2, text.length);

        DecodedText decoded = DocumentDecoder.decode(body, "text/xml; charset=iso-8859-1");

        assertThat(decoded.text()).isEqualTo("<rss><channel><title>über</title></channel></rss>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-16be.xml", "utf-16le.xml", "utf-16be-bom.xml", "utf-16le-bom.xml",
        "utf-16be-autodetect.xml", "utf-16le-autodetect.xml", "utf-32be.xml", "utf-32le.xml",
        "utf-32be-bom.xml", "utf-32le-bom.xml", "utf-32be-autodetect.xml", "utf-32le-autodetect.xml", "utf-8-bom.xml"})
    void unicodeEncodingsAreRecognizedFromTheBytes(String file) {
        DecodedText decoded = DocumentDecoder.decode(SharedCorpus.bytes("feedparser/tests/encoding/" + file), null);

        assertThat(decoded.text()).containsPattern("<(rss|feed)[ >]").doesNotContain("\u0000");
        assertThat(decoded.problems()).isEmpty();
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() {
        byte[] body = {'<', 'a', '>', (byte) 0x93, 'q', (byte) 0x94, '<', '/', 'a', '>'};

        DecodedText decoded = DocumentDecoder.decode(body, null);

        assertThat(decoded.text()).isEqualTo("<a>\u201cq\u201d</a>");
        assertThat(decoded.problems()).containsExactly("the document is not valid UTF-8; it looks like windows-1252 and was read so");
        assertThat(decoded.name()).isEqualTo("windows-1252");
    }

    @Test
    void headIsReadWithoutItsByteOrderMark() {
        byte[] body = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'r', 's', 's', '>'};

        assertThat(DocumentDecoder.decodeHead(body, 5)).isEqualTo("<r");
    }

    @Test
    void undeclaredLegacyEncodingsAreRecognizedFromTheirBytes() {
        DecodedText koi8 = DocumentDecoder.decode(SharedCorpus.bytes("feedparser/tests/illformed/chardet/koi8r.xml"), null);
        DecodedText big5 = DocumentDecoder.decode(SharedCorpus.bytes("feedparser/tests/illformed/chardet/big5.xml"), null);

        assertThat(koi8.name()).isEqualTo("KOI8-R");
        assertThat(koi8.text()).contains("Новый год");
        assertThat(big5.name()).isEqualTo("Big5");
        assertThat(DocumentDecoder.decode(SharedCorpus.bytes("feedparser/tests/illformed/chardet/gb2312.xml"), null).name())
                .as("GB18030's subset, named as such").isEqualTo("GB2312");
        assertThat(koi8.problems()).containsExactly("the document is not valid UTF-8; it looks like KOI8-R and was read so");
    }

    @Test
    void encodingNamesFollowTheLabelThatWasHonoured() {
        byte[] ascii = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss/>".getBytes(StandardCharsets.US_ASCII);

        assertThat(DocumentDecoder.decode(ascii, "application/xml").name()).isEqualTo("iso-8859-1");
        assertThat(DocumentDecoder.decode(ascii, "text/xml; charset=\"US-ASCII\"").name()).isEqualTo("us-ascii");
        assertThat(DocumentDecoder.decode(ascii, "application/rss+xml; charset=gb2312").name())
                .as("GB2312 is read as its superset").isEqualTo("gb18030");
        assertThat(DocumentDecoder.decode(ascii, null).problems()).isEmpty();
    }

    @Test
    void textMediaTypesWithoutCharsetMeanAsciiAndSaySoWhenTheDocumentIsNot() {
        byte[] ascii = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss/>".getBytes(StandardCharsets.US_ASCII);
        byte[] utf8 = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss>caf\u00e9</rss>".getBytes(StandardCharsets.UTF_8);

        assertThat(DocumentDecoder.decode(ascii, "text/xml").name()).isEqualTo("us-ascii");
        DecodedText decoded = DocumentDecoder.decode(utf8, "text/xml");
        assertThat(decoded.text()).contains("caf\u00e9");
        assertThat(decoded.name()).isEqualTo("utf-8");
        assertThat(decoded.problems()).singleElement().asString().contains("US-ASCII");
    }

    @Test
    void pythonsShortLabelsForUtf16AreKnown() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"u16\"?><rss/>".getBytes(StandardCharsets.UTF_16BE);

        DecodedText decoded = DocumentDecoder.decode(body, null);

        assertThat(decoded.name()).isEqualTo("utf-16be");
        assertThat(decoded.problems()).isEmpty();
    }
}
