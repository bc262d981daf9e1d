package io.newsdesk.bench.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.bench.parsing.ThroughputBenchmark.Pass;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThroughputBenchmarkTest {

    /** Reads as many entries as the document has characters, and gives up on empty ones. */
    private record CountingParser(String name) implements FeedDocumentParser {
        @Override
        public int parse(byte[] document) {
            if (document.length == 0) {
                throw new IllegalArgumentException("empty");
            }
            return document.length;
        }
    }

    private static final ParsingCorpus CORPUS = new ParsingCorpus("test corpus",
            List.of("abc".getBytes(StandardCharsets.UTF_8), new byte[0], "de".getBytes(StandardCharsets.UTF_8)),
            List.of("a", "b", "c"));

    @Test
    void measuresEachParserAndCountsWhatFailed() {
        StringWriter progress = new StringWriter();

        ThroughputBenchmark.Result result = ThroughputBenchmark.run(CORPUS,
                List.of(new CountingParser("first"), new CountingParser("second")),
                new ThroughputBenchmark.Settings(1, 1, 2, 0), new PrintWriter(progress));
        Map<String, List<Pass>> passes = result.passes();

        assertThat(result.warmupRounds()).isEqualTo(1);
        assertThat(passes).containsOnlyKeys("first", "second");
        assertThat(passes.get("first")).hasSize(2).allSatisfy(pass -> {
            assertThat(pass.entries()).isEqualTo(5);
            assertThat(pass.failures()).isEqualTo(1);
            assertThat(pass.rounds()).isEqualTo(1);
        });
        assertThat(progress.toString()).contains("warm-up pass 1", "measured pass 2");
    }

    @Test
    void warmsUpLongerOnlyUpToTheLimit() {
        ThroughputBenchmark.Result result = ThroughputBenchmark.run(CORPUS, List.of(new CountingParser("only")),
                new ThroughputBenchmark.Settings(2, 4, 1, 0), new PrintWriter(new StringWriter()));

        assertThat(result.warmupRounds()).isBetween(2, 4);
        assertThat(result.passes().get("only")).hasSize(1);
    }

    @Test
    void reportsTheRatioOfPassesThatRanBackToBack() {
        Map<String, List<Pass>> ordered = new LinkedHashMap<>();
        // The second pair ran under a heavier load: both parsers were slower, their ratio the same.
        ordered.put("Fast", List.of(new Pass(1.0, 1.0, 4, 10, 0, 1.0), new Pass(2.0, 1.0, 4, 10, 0, 3.0)));
        ordered.put("Slow", List.of(new Pass(2.0, 2.0, 2, 10, 1, 1.0), new Pass(4.0, 2.0, 2, 10, 1, 3.0)));

        String report = ParsingReport.render(conditions(0),
                List.of(new ParsingReport.CorpusResult(CORPUS, new ThroughputBenchmark.Result(ordered, 3))), List.of());

        assertThat(report).contains("| | Fast | Slow | Fast ÷ Slow |")
                .contains("| documents read | 3 | 2 | |")
                .contains("| documents/s | 9 [6–12] | 2 [2–3] | **4.00** |")
                .contains("| entries/s | 30 [20–40] | 8 [5–10] | **4.00** |")
                .contains("3 documents, 0.00 MB; 3 warm-up rounds")
                .contains("Load average (1 min) at the end of the measured passes: 1.00 to 3.00");
    }

    @Test
    void reportsTheHeapEachParserNeededForTheLargeFeed() {
        List<LargeFeedRun> runs = List.of(
                new LargeFeedRun(LargeFeedProbe.Mode.NEWSDESK_STREAM, "64m", "ok", 500, 10.0, 9.5, 30, 100.0, 1.5),
                new LargeFeedRun(LargeFeedProbe.Mode.ROME, "64m", "OutOfMemoryError", -1, 3.0, 4.0, 64, 20.0, 1.5),
                new LargeFeedRun(LargeFeedProbe.Mode.ROME, "1g", "ok", 500, 20.0, 25.0, 900, 100.0, 2.0));

        String report = ParsingReport.render(conditions(100), List.of(), runs);

        assertThat(report).contains("**A generated 100 MB RSS feed**")
                .contains("| Newsdesk `FeedParser.stream` | 64m | ok | 500 | 10.0 | 9.5 | 10.0 | 30 | 1.50 |")
                .contains("| ROME 2.1.0 `SyndFeedInput` | 64m | OutOfMemoryError after 20 MB read | – | 3.0 | 4.0 | – | 64 | 1.50 |")
                .contains("| ROME 2.1.0 `SyndFeedInput` | 1g | ok | 500 | 20.0 | 25.0 | 5.0 | 900 | 2.00 |");
    }

    private static ParsingReport.Conditions conditions(int largeFeedMegabytes) {
        return new ParsingReport.Conditions("cmd", new ThroughputBenchmark.Settings(1, 1, 2, 1), largeFeedMegabytes, "64m");
    }
}
