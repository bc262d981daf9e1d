package io.newsdesk.bench.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** A conformance run as Markdown: figures per category and per folder, parsers side by side. */
final class ConformanceReport {

    /** A row of figures: which tests it counts. */
    private record Row(String label, Predicate<ConformanceCase> selects) {}

    private static final List<Row> CATEGORY_ROWS = List.of(
            new Row("wellformed (outside sanitize)", c -> c.category().equals("wellformed")),
            new Row("wellformed (outside sanitize), without cdf",
                    c -> c.category().equals("wellformed") && !c.folder().equals("wellformed/cdf")),
            new Row("illformed", c -> c.category().equals("illformed")),
            new Row("encoding", c -> c.category().equals("encoding")),
            new Row("entities", c -> c.category().equals("entities")),
            new Row("encoding + entities + illformed", c -> switch (c.category()) {
                case "encoding", "entities", "illformed" -> true;
                default -> false;
            }),
            new Row("json", c -> c.category().equals("json")),
            new Row("wellformed/sanitize (exact match)", c -> c.category().equals("wellformed/sanitize")),
            new Row("all", c -> true));

    private ConformanceReport() {}

    /** The report; with {@code failuresOf} naming a parser, its failing tests are listed too. */
    static String markdown(ConformanceResults results, String failuresOf) {
        StringBuilder out = new StringBuilder();
        List<ParserRun> runs = results.runs();
        out.append("| category | tests |");
        runs.forEach(run -> out.append(' ').append(run.parser()).append(" |"));
        out.append('\n').append("|---|---:|");
        runs.forEach(run -> out.append("---:|"));
        out.append('\n');
        for (Row row : CATEGORY_ROWS) {
            appendRow(out, row.label(), runs, row.selects());
        }
        int safe = results.sanitizeCases() - results.unsafe().size();
        out.append("\nSanitize safety (Newsdesk): **").append(safe).append(" of ").append(results.sanitizeCases())
                .append("** sanitize tests (").append(percent(safe, results.sanitizeCases()))
                .append(") render with no script, event handler, style, frame, form, object, meta/link/base, ")
                .append("javascript:/vbscript:/data: URL, or SVG/MathML animation, embedded HTML or reference to ")
                .append("another document.\n");
        results.unsafe().forEach((path, violations) ->
                out.append("- unsafe: `").append(path).append("`: ").append(String.join("; ", violations)).append('\n'));
        out.append("\n<details><summary>Per folder</summary>\n\n| folder | tests |");
        runs.forEach(run -> out.append(' ').append(run.parser()).append(" |"));
        out.append('\n').append("|---|---:|");
        runs.forEach(run -> out.append("---:|"));
        out.append('\n');
        Map<String, Boolean> folders = new TreeMap<>();
        runs.get(0).outcomes().forEach(outcome -> folders.put(outcome.testCase().folder(), true));
        for (String folder : folders.keySet()) {
            appendRow(out, folder, runs, c -> c.folder().equals(folder));
        }
        out.append("\n</details>\n\nTime for the whole corpus (parse, map to feedparser's shape, evaluate): ");
        List<String> times = new ArrayList<>();
        runs.forEach(run -> times.add(run.parser() + " " + String.format(Locale.ROOT, "%.2f s", run.elapsed().toMillis() / 1000.0)));
        out.append(String.join(", ", times)).append(".\n");
        if (failuresOf != null) {
            for (ParserRun run : runs) {
                if (run.parser().equalsIgnoreCase(failuresOf) || failuresOf.equalsIgnoreCase("all")) {
                    appendFailures(out, run);
                }
            }
        }
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String label, List<ParserRun> runs, Predicate<ConformanceCase> selects) {
        long total = runs.get(0).outcomes().stream().filter(o -> selects.test(o.testCase())).count();
        if (total == 0) {
            return;
        }
        out.append("| ").append(label).append(" | ").append(total).append(" |");
        for (ParserRun run : runs) {
            long passed = count(run, selects, Outcome.Verdict.PASS);
            long notEvaluable = count(run, selects, Outcome.Verdict.NOT_EVALUABLE);
            out.append(' ').append(passed).append(" (").append(percent(passed, total)).append(')');
            if (notEvaluable > 0) {
                out.append(", ").append(notEvaluable).append(" not evaluable");
            }
            out.append(" |");
        }
        out.append('\n');
    }

    private static long count(ParserRun run, Predicate<ConformanceCase> selects, Outcome.Verdict verdict) {
        return run.outcomes().stream().filter(o -> selects.test(o.testCase()) && o.verdict() == verdict).count();
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f%%", whole == 0 ? 0 : 100.0 * part / whole);
    }

    private static void appendFailures(StringBuilder out, ParserRun run) {
        out.append("\n### ").append(run.parser()).append(": failing and not evaluable tests\n\n");
        for (Outcome outcome : run.outcomes()) {
            if (outcome.verdict() == Outcome.Verdict.PASS) {
                continue;
            }
            out.append("- `").append(outcome.testCase().path()).append("` (")
                    .append(outcome.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(", ")
                    .append(outcome.detail()).append(")\n  - expect: `").append(outcome.testCase().expect()).append("`\n");
            outcome.values().forEach((source, value) ->
                    out.append("  - `").append(source).append("` = `").append(abbreviate(value)).append("`\n"));
        }
    }

    private static String abbreviate(String value) {
        String oneLine = value.replace("`", "'");
        return oneLine.length() <= 400 ? oneLine : oneLine.substring(0, 400) + "…";
    }
}
