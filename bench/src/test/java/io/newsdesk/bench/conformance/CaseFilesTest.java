package io.newsdesk.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading a test document's leading comment. */
class CaseFilesTest {

    private static final String DOCUMENT = """
            <?xml version="1.0"?>
            <!--
            Header:      Content-type: text/xml; charset="us-ascii"
            Header:      Content-Location: http://example.com/
            Description: text/xml + charset
            Expect:      not bozo and
                         encoding == 'us-ascii'
            -->
            <rss version="2.0"></rss>
            """;

    @Test
    void descriptionExpectationAndHeaders() {
        ConformanceCase testCase = CaseFiles.read("encoding/http_text_xml.xml", DOCUMENT.getBytes(StandardCharsets.UTF_8));

        assertThat(testCase.description()).isEqualTo("text/xml + charset");
        assertThat(testCase.expect()).isEqualTo("not bozo and\n             encoding == 'us-ascii'");
        assertThat(testCase.headers()).containsEntry("content-type", "text/xml; charset=\"us-ascii\"")
                .containsEntry("content-location", "http://example.com/");
        assertThat(testCase.category()).isEqualTo("encoding");
        assertThat(testCase.servedOverHttp()).isTrue();
    }

    @Test
    void documentsInUtf16AreRead() {
        ConformanceCase testCase = CaseFiles.read("encoding/utf-16le.xml", DOCUMENT.getBytes(StandardCharsets.UTF_16LE));

        assertThat(testCase.expect()).startsWith("not bozo");
        assertThat(testCase.servedOverHttp()).isFalse();
    }

    @Test
    void sanitizeIsItsOwnCategoryAndSubfoldersBelongToTheirTopFolder() {
        assertThat(CaseFiles.read("wellformed/sanitize/x.xml", new byte[0]).category()).isEqualTo("wellformed/sanitize");
        assertThat(CaseFiles.read("illformed/chardet/x.xml", new byte[0]).category()).isEqualTo("illformed");
        assertThat(CaseFiles.read("wellformed/rss/x.xml", new byte[0]).folder()).isEqualTo("wellformed/rss");
    }
}
