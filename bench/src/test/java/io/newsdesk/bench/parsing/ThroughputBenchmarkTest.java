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

        Map<String, List<Pass>> passes = ThroughputBenchmark.run(CORPUS,
                List.of(new CountingParser("first"), new CountingParser("second")),
                new ThroughputBenchmark.Settings(1, 2, 0), new PrintWriter(progress));

        assertThat(passes).containsOnlyKeys("first", "second");
        assertThat(passes.get("first")).hasSize(2).allSatisfy(pass -> {
            assertThat(pass.entries()).isEqualTo(5);
            assertThat(pass.failures()).isEqualTo(1);
            assertThat(pass.rounds()).isEqualTo(1);
        });
        assertThat(progress.toString()).contains("warm-up pass 1", "measured pass 2");
    }

    @Test
    void reportsTheRatioOfTheFirstParserToTheSecond() {
        Map<String, List<Pass>> passes = Map.of(
                "Fast", List.of(new Pass(1.0, 1.0, 4, 10, 0)),
                "Slow", List.of(new Pass(2.0, 2.0, 2, 10, 1)));
        Map<String, List<Pass>> ordered = new LinkedHashMap<>();
        ordered.put("Fast", passes.get("Fast"));
        ordered.put("Slow", passes.get("Slow"));

        String report = ParsingReport.render("cmd", new double[] {1, 1}, new ThroughputBenchmark.Settings(1, 1, 1),
                List.of(new ParsingReport.CorpusResult(CORPUS, ordered)), List.of(), 0);

        assertThat(report).contains("| | Fast | Slow | Fast ÷ Slow |")
                .contains("| documents parsed | 3 | 2 | |")
                .contains("| documents/s | 12 | 3 | **4.00** |");
    }
}
