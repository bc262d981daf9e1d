package io.newsdesk.parse.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Repairing a document as it streams gives what repairing it whole gives, however it is cut up. */
class RepairingReaderTest {

    /** Hands out at most {@code size} characters per read, to cut constructs at every place. */
    private static Reader inPiecesOf(String text, int size) {
        StringReader whole = new StringReader(text);
        return new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return whole.read(buffer, offset, Math.min(length, size));
            }

            @Override
            public void close() {
                whole.close();
            }
        };
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[5];
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    private static final String DOCUMENT = """
              <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY id "tag:example.com,2024:"> ]>
            <rss><channel><title>Caf&eacute; &amp; Bar &nbsp;&bogus; AT&T &#150; \u0093q\u0094 \u0001</title>
            <item><guid>&id;1</guid><description><![CDATA[<p>R&D &nbsp; stays</p>]]></description>
            <!-- a comment with & and &nbsp; --><?pi & ?>\uD83D\uDE00</item></channel></rss>""";

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 13, 4096})
    void piecesOfAnySizeGiveTheWholeDocumentsRepair(int size) throws IOException {
        XmlTextRepair.Result whole = XmlTextRepair.repair(DOCUMENT);
        RepairingReader reader = new RepairingReader(inPiecesOf(DOCUMENT, size), 1_000);

        assertThat(readAll(reader)).isEqualTo(whole.text());
        assertThat(reader.problems()).isEqualTo(whole.problems());
    }

    @Test
    void anUnfinishedConstructIsHeldBackOnlyUpToTheBound() throws IOException {
        String neverClosed = "<rss><![CDATA[" + "x".repeat(50_000);
        RepairingReader reader = new RepairingReader(inPiecesOf(neverClosed, 4096), 10_000);
        char[] buffer = new char[1024];

        int first = reader.read(buffer);

        assertThat(first).as("text came out before the end of the input").isPositive();
        assertThat(String.valueOf(buffer, 0, 5)).isEqualTo("<rss>");
        assertThat(readAll(reader)).hasSize(neverClosed.length() - first);
    }
}
