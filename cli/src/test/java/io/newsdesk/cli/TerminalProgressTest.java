package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private static final long MS = 1_000_000L;

    private final StringWriter screen = new StringWriter();
    private final AtomicLong now = new AtomicLong();

    private TerminalProgress bar(boolean interactive) {
        return new TerminalProgress(new PrintWriter(screen), "Importing", interactive, now::get);
    }

    @Test
    void rendersABarProportionalToTheWorkDone() {
        assertThat(TerminalProgress.render("Indexing", 0, 8, null).stripTrailing())
                .isEqualTo("Indexing [" + " ".repeat(24) + "] 0/8");
        assertThat(TerminalProgress.render("Indexing", 3, 8, "feed.xml").stripTrailing())
                .isEqualTo("Indexing [#########" + " ".repeat(15) + "] 3/8 feed.xml");
        assertThat(TerminalProgress.render("Indexing", 8, 8, null).stripTrailing())
                .isEqualTo("Indexing [" + "#".repeat(24) + "] 8/8");
    }

    @Test
    void anUnknownTotalShowsTheCountOnly() {
        assertThat(TerminalProgress.render("Checking feeds", 12, -1, "https://a.example/feed").stripTrailing())
                .isEqualTo("Checking feeds 12 https://a.example/feed");
    }

    @Test
    void aLongItemIsCutWithAnEllipsis() {
        String line = TerminalProgress.render("Importing", 1, 2, "x".repeat(200));

        assertThat(line).hasSize(TerminalProgress.LINE_WIDTH).endsWith("x…");
    }

    @Property
    void everyStateFillsTheLineExactlyAndNeverOverflowsTheBar(
            @ForAll @LongRange(min = -5, max = 1000) long done, @ForAll @LongRange(min = -1, max = 500) long total) {
        String line = TerminalProgress.render("Indexing", done, total, "item");

        assertThat(line).hasSize(TerminalProgress.LINE_WIDTH);
        if (total > 0) {
            long filled = line.chars().filter(c -> c == '#').count();
            assertThat(filled).isBetween(0L, (long) TerminalProgress.BAR_WIDTH);
            assertThat(filled == TerminalProgress.BAR_WIDTH).isEqualTo(done >= total);
        }
    }

    @Test
    void drawsOverTheSameLineAndClearsItAtTheEnd() {
        try (TerminalProgress progress = bar(true)) {
            progress.progress(1, 2, "a.txt");
            now.addAndGet(200 * MS);
            progress.progress(2, 2, "b.txt");
        }

        String blank = " ".repeat(TerminalProgress.LINE_WIDTH);
        assertThat(screen.toString()).isEqualTo(
                "\r" + TerminalProgress.render("Importing", 1, 2, "a.txt")
                        + "\r" + TerminalProgress.render("Importing", 2, 2, "b.txt")
                        + "\r" + blank + "\r");
    }

    @Test
    void redrawsAtMostTenTimesASecondButAlwaysShowsTheEnd() {
        try (TerminalProgress progress = bar(true)) {
            progress.progress(1, 4, null);
            now.addAndGet(10 * MS);
            progress.progress(2, 4, null);
            now.addAndGet(10 * MS);
            progress.progress(3, 4, null);
            now.addAndGet(10 * MS);
            progress.progress(4, 4, null);
        }

        assertThat(screen.toString()).contains("1/4").doesNotContain("2/4").doesNotContain("3/4").contains("4/4");
    }

    @Test
    void drawsNothingWhenNotATerminal() {
        try (TerminalProgress progress = bar(false)) {
            progress.progress(1, 2, "a.txt");
            progress.progress(2, 2, "b.txt");
        }

        assertThat(screen.toString()).isEmpty();
    }

    @Test
    void drawsNothingWhenThereIsNothingToDo() {
        try (TerminalProgress progress = bar(true)) {
            progress.progress(0, 0, null);
        }

        assertThat(screen.toString()).isEmpty();
    }
}
