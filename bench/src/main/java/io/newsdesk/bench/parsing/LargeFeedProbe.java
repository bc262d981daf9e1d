package io.newsdesk.bench.parsing;

import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsdesk.bench.ingest.ProcessMeters;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.parse.ParseLimits;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The child process of the large-feed benchmark: parses one {@link GeneratedFeed} with one parser
 * under the heap limit the JVM was started with, and prints one line of {@code key=value} pairs
 * (outcome, entries, seconds, the process's CPU seconds, peak heap) on standard output for
 * {@link LargeFeedRun} to read.
 * A separate JVM per parser, so that each one's heap limit and peak are its own.
 */
public final class LargeFeedProbe {

    /** How each parser is driven. */
    enum Mode {
        /** {@code FeedParser.stream}: entries handed over one at a time, the document never held. */
        NEWSDESK_STREAM,
        /** {@code FeedParser.parse} from a stream, with the size limit raised: the document held as bytes. */
        NEWSDESK_PARSE,
        /** ROME's {@code SyndFeedInput} on an {@code XmlReader} over the stream: a JDOM tree of it all. */
        ROME
    }

    /** Big enough for the benchmark's feed, so that only memory can stop a parser. */
    private static final ParseLimits RAISED = new ParseLimits(1 << 30, 10_000_000, 1_000_000, 256);

    private LargeFeedProbe() {}

    /** Arguments: the mode's name and the feed's size in MB. */
    public static void main(String[] args) {
        Mode mode = Mode.valueOf(args[0]);
        long bytes = Long.parseLong(args[1]) * 1024 * 1024;
        GeneratedFeed feed = new GeneratedFeed(bytes);
        ProcessMeters.startHeapPeak();
        long start = System.nanoTime();
        long cpuStart = ProcessMeters.cpuTime().toNanos();
        String outcome;
        int entries = -1;
        try {
            entries = parse(mode, feed);
            outcome = "ok";
        } catch (OutOfMemoryError e) {
            outcome = "OutOfMemoryError";
        } catch (Exception e) {
            outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (ProcessMeters.cpuTime().toNanos() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT,
                "outcome=%s\tentries=%d\tseconds=%.2f\tcpuSeconds=%.2f\tpeakHeapMb=%d\tmaxHeapMb=%d\tfedMb=%.1f%n",
                outcome.replace('\t', ' ').replace('\n', ' '), entries, seconds, cpuSeconds,
                ProcessMeters.peakHeapBytes() / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                feed.bytesRead() / (1024.0 * 1024.0));
    }

    private static int parse(Mode mode, InputStream feed) throws Exception {
        return switch (mode) {
            case NEWSDESK_STREAM -> {
                AtomicInteger entries = new AtomicInteger();
                FeedParser.stream(feed, null, GeneratedFeed.URL, RAISED, entry -> entries.incrementAndGet());
                yield entries.get();
            }
            case NEWSDESK_PARSE -> FeedParser.parse(feed, null, GeneratedFeed.URL, RAISED).entries().size();
            case ROME -> {
                try (XmlReader reader = new XmlReader(feed)) {
                    yield new SyndFeedInput().build(reader).getEntries().size();
                }
            }
        };
    }
}
