package io.newsdesk.parse.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.FeedDocument;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.parse.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** feedparser's encoding tests, with the HTTP header each file states in its leading comment. */
class EncodedFeedsTest {

    private static final Pattern HEADER = Pattern.compile("Header:\\s*Content-type:\\s*(.+)");

    private static FeedDocument parseWithItsHeader(String file) throws Exception {
        byte[] body = SharedCorpus.bytes("feedparser/tests/encoding/" + file);
        Matcher header = HEADER.matcher(new String(body, StandardCharsets.ISO_8859_1));
        return FeedParser.parse(body, header.find() ? header.group(1).strip() : null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            demoronize-1.xml                               | don\u2019t
            demoronize-2.xml                               | don\u2019t
            http_text_xml_charset_2.xml                    | This is a \u00a3\u201ctest.\u201d
            http_text_xml_charset_overrides_encoding_2.xml | This is a \u00a3\u201ctest.\u201d
            euc-kr-item.xml                                | \ub144
            """)
    void entryTextIsDecodedAsDeclared(String file, String summary) throws Exception {
        FeedDocument feed = parseWithItsHeader(file);

        assertThat(feed.entries().get(0).summary()).isEqualTo(summary);
        assertThat(feed.problems()).isEmpty();
    }

    @Test
    void utf8WithoutAnHttpCharsetIsRead() throws Exception {
        FeedDocument feed = parseWithItsHeader("http_i18n.xml");

        assertThat(feed.title()).isEqualTo("I\u00f1t\u00ebrn\u00e2ti\u00f4n\u00e0liz\u00e6ti\u00f8n");
        assertThat(feed.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"euc-kr.xml", "big5.xml", "http_application_atom_xml_gb2312_charset.xml"})
    void legacyAsianEncodingsAreReadCleanly(String file) throws Exception {
        FeedDocument feed = parseWithItsHeader(file);

        assertThat(feed.problems()).isEmpty();
    }
}
