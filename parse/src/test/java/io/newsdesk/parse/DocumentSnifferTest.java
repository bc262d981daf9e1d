package io.newsdesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentSnifferTest {

    private static DocumentKind sniff(String text, String contentType) {
        return DocumentSniffer.sniff(text.getBytes(StandardCharsets.UTF_8), contentType);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <rss version="2.0"><channel/></rss>                                          | FEED
            <?xml version="1.0"?>\\n<!-- generator: x -->\\n<rss>                        | FEED
            \\uFEFF<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">       | FEED
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x"><rss>| FEED
            <!DOCTYPE rss [<!ENTITY a "<html>">]><rss>                                  | FEED
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">            | FEED
            '  {"version": "https://jsonfeed.org/version/1.1", "items": []}'            | FEED
            <?xml version="1.0"?><opml version="2.0"><head/>                             | OPML
            <!DOCTYPE html><html><head><title>x</title>                                  | HTML
            <!-- saved page --><HTML><BODY>                                              | HTML
            <div class="article"><p>Hello</p></div>                                      | HTML
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><rss><channel>         | FEED
            Budget passes\\n11 months ago 28\\nThe vote was close.                       | TEXT
            {"name": "not a feed"}                                                       | UNKNOWN
            <?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>               | UNKNOWN
            '   '                                                                        | UNKNOWN
            """)
    void recognizesTheDocument(String text, DocumentKind expected) {
        String unescaped = text.replace("\\n", "\n").replace("\\uFEFF", "\uFEFF");

        assertThat(sniff(unescaped, null)).isEqualTo(expected);
    }

    @Test
    void aFeedAfterAPhpWarningIsAFeed() {
        assertThat(sniff("<br />\n<b>Warning</b>: x<br />\n<?xml version=\"1.0\"?><rss version=\"2.0\">", "text/html"))
                .isEqualTo(DocumentKind.FEED);
    }

    @Test
    void contentTypeBreaksTheTieForUnknownMarkup() {
        assertThat(sniff("<custom-element>x</custom-element>", "text/html; charset=utf-8")).isEqualTo(DocumentKind.HTML);
        assertThat(sniff("<custom-element>x</custom-element>", null)).isEqualTo(DocumentKind.UNKNOWN);
    }

    @Test
    void utf16DocumentsAreRead() {
        byte[] body = "\uFEFF<rss version=\"2.0\">".getBytes(StandardCharsets.UTF_16BE);

        assertThat(DocumentSniffer.sniff(body, null)).isEqualTo(DocumentKind.FEED);
    }

    @Test
    void binaryAndEmptyInputIsUnknown() {
        assertThat(DocumentSniffer.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, "image/png"))
                .isEqualTo(DocumentKind.UNKNOWN);
        assertThat(DocumentSniffer.sniff(new byte[0], null)).isEqualTo(DocumentKind.UNKNOWN);
        assertThat(DocumentSniffer.sniff(null, null)).isEqualTo(DocumentKind.UNKNOWN);
    }

    @Test
    void theSharedAggregatorSampleIsText() throws Exception {
        byte[] sample = java.nio.file.Files.readAllBytes(SharedCorpus.root().resolve("samples/aggregator-teaser.txt"));

        assertThat(DocumentSniffer.sniff(sample, null)).isEqualTo(DocumentKind.TEXT);
    }
}
