package io.newsdesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.parse.detail.ParsedEntry;
import io.newsdesk.parse.detail.ParsedFeed;
import io.newsdesk.parse.detail.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FeedParser#stream}: entries handed on as they are read, the document never held. */
class StreamingTest {

    /** An Atom feed of {@code count} entries, generated as it is read; counts the bytes handed out. */
    private static final class GeneratedFeed extends InputStream {
        private final int count;
        private int next = -1;
        private byte[] chunk = new byte[0];
        private int position;
        long bytesRead;

        GeneratedFeed(int count) {
            this.count = count;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == chunk.length && !nextChunk()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, n);
            position += n;
            bytesRead += n;
            return n;
        }

        private boolean nextChunk() {
            if (next > count) {
                return false;
            }
            String text = next < 0
                    ? "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Big</title>"
                            + "<author><name>Ann</name></author>"
                    : next == count ? "</feed>"
                    : "<entry><id>urn:" + next + "</id><title>Entry " + next + "</title>"
                            + "<content type=\"html\">&lt;p&gt;" + "words ".repeat(40) + "&lt;/p&gt;</content></entry>";
            next++;
            chunk = text.getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }
    }

    @Test
    void entriesArriveWhileTheDocumentIsStillBeingRead() throws Exception {
        int count = 5_000;
        GeneratedFeed generated = new GeneratedFeed(count);
        List<Long> bytesReadAtEntry = new ArrayList<>();
        List<String> ids = new ArrayList<>();

        ParsedFeed feed = FeedParser.stream(generated, DocumentOrigin.of(null, null), ParseLimits.DEFAULTS,
                (ParsedEntry entry) -> {
                    ids.add(entry.id());
                    bytesReadAtEntry.add(generated.bytesRead);
                });

        assertThat(ids).hasSize(count).startsWith("urn:0", "urn:1").endsWith("urn:" + (count - 1));
        assertThat(bytesReadAtEntry.get(0)).as("the first entry came before the rest was read")
                .isLessThan(generated.bytesRead / 10);
        assertThat(feed.entries()).as("entries are not kept").isEmpty();
        assertThat(feed.feed().title().value()).isEqualTo("Big");
        assertThat(feed.problems()).isEmpty();
    }

    @Test
    void theDomainViewInheritsTheFeedsAuthorsAndHonoursTheEntryLimit() throws Exception {
        List<Entry> entries = new ArrayList<>();

        FeedDocument document = FeedParser.stream(new GeneratedFeed(50), null, null,
                new ParseLimits(1024, 10, 100_000, 64), entries::add);

        assertThat(entries).hasSize(10);
        assertThat(entries.get(0).authors()).containsExactly("Ann");
        assertThat(entries.get(0).content()).startsWith("<p>words");
        assertThat(document.title()).isEqualTo("Big");
        assertThat(document.problems()).anyMatch(problem -> problem.contains("more than 10 entries"));
    }

    @Test
    void commonFaultsAreRepairedOnTheWay() throws Exception {
        String xml = "<rss version=\"2.0\"><channel><title>T</title><item><title>one</title></item>"
                + "<item><title>two&nbsp;&amp; R&D</title></item><item><title>three</title></item></channel></rss>";
        List<String> titles = new ArrayList<>();

        ParsedFeed feed = FeedParser.stream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                DocumentOrigin.of(null, null), ParseLimits.DEFAULTS, entry -> titles.add(entry.title().plainText()));

        assertThat(titles).containsExactly("one", "two\u00a0& R&D", "three");
        assertThat(feed.illFormed()).isTrue();
        assertThat(feed.problems()).extracting(Problem::message)
                .anyMatch(message -> message.contains("&nbsp;"))
                .anyMatch(message -> message.contains("unescaped '&'"));
    }

    @Test
    void aFaultThatRemainsEndsTheStreamAndKeepsWhatCameBefore() throws Exception {
        String xml = "<rss version=\"2.0\"><channel><title>T</title><item><title>one</title></item>"
                + "<item><title>two</item><item><title>three</title></item></channel></rss>";
        List<String> titles = new ArrayList<>();

        ParsedFeed feed = FeedParser.stream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                DocumentOrigin.of(null, null), ParseLimits.DEFAULTS, entry -> titles.add(entry.title().value()));

        assertThat(titles).containsExactly("one");
        assertThat(feed.illFormed()).isTrue();
        assertThat(feed.problems()).anyMatch(problem -> problem.message().contains("first fault"));
    }

    @Test
    void documentsThatAreNoFeedAreRefused() {
        InputStream html = new ByteArrayInputStream("<!DOCTYPE html><html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FeedParser.stream(html, DocumentOrigin.of(null, null),
                        ParseLimits.DEFAULTS, entry -> { }))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("HTML page");
    }

    @Test
    void predefinedEntitiesAreNotCountedAgainstTheJdksEntityLimits() throws Exception {
        // The JDK's parser counts every "&lt;" against limits of 100,000 meant for declared entities.
        String item = "<item><description>&lt;p&gt;x&lt;/p&gt;</description></item>";
        String xml = "<rss version=\"2.0\"><channel>" + item.repeat(30_000) + "</channel></rss>";

        ParsedFeed feed = FeedParser.parseDetailed(xml.getBytes(StandardCharsets.UTF_8), DocumentOrigin.of(null, null),
                new ParseLimits(32 * 1024 * 1024, 100_000, 1_000_000, 64));

        assertThat(feed.problems()).isEmpty();
        assertThat(feed.entries()).hasSize(30_000);
    }
}
