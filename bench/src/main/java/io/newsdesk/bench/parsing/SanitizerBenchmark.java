package io.newsdesk.bench.parsing;

import io.newsdesk.sanitize.HtmlSanitizer;
import io.newsdesk.sanitize.LegacyJsoupSanitizer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The streaming sanitizer against the jsoup-based one it replaced ({@link LegacyJsoupSanitizer},
 * from the sanitize module's tests), on the same fragments: {@code sanitize} and {@code toText}.
 * One operation is one pass over a whole fragment set, so operations per second times the set's
 * size is throughput.
 *
 * <pre>
 * java -cp bench/target/newsdesk-bench.jar org.openjdk.jmh.Main SanitizerBenchmark -jvmArgs -Dnewsdesk.shared=../shared
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(1)
public class SanitizerBenchmark {

    @Param({"fixture-entries", "synthetic-bodies", "article-pages"})
    public String fragments;

    private List<String> html;

    @Setup
    public void load() {
        String shared = System.getProperty("newsdesk.shared");
        html = SanitizerFragments.load(fragments, Path.of(shared != null && !shared.isBlank() ? shared : "../shared"));
    }

    @Benchmark
    public void streamingSanitize(Blackhole sink) {
        for (String fragment : html) {
            sink.consume(HtmlSanitizer.sanitize(fragment, SanitizerFragments.BASE_URL));
        }
    }

    @Benchmark
    public void jsoupSanitize(Blackhole sink) {
        for (String fragment : html) {
            sink.consume(LegacyJsoupSanitizer.sanitize(fragment, SanitizerFragments.BASE_URL));
        }
    }

    @Benchmark
    public void streamingToText(Blackhole sink) {
        for (String fragment : html) {
            sink.consume(HtmlSanitizer.toText(fragment));
        }
    }

    @Benchmark
    public void jsoupToText(Blackhole sink) {
        for (String fragment : html) {
            sink.consume(LegacyJsoupSanitizer.toText(fragment));
        }
    }
}
