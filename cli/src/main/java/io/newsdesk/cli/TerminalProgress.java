package io.newsdesk.cli;

import io.newsdesk.service.ProgressListener;
import java.io.PrintWriter;

/**
 * Draws a one-line progress bar on a terminal, redrawn at most ten times a second; draws nothing
 * when the output is not a terminal, so logs and pipes stay clean.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {

    private static final int WIDTH = 24;
    private static final int LINE = 79;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final String label;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    private TerminalProgress(PrintWriter out, String label, boolean enabled) {
        this.out = out;
        this.label = label;
        this.enabled = enabled;
    }

    /** A progress bar on {@code out} if it is a terminal. */
    static TerminalProgress on(PrintWriter out, String label) {
        return new TerminalProgress(out, label, Terminal.interactive());
    }

    @Override
    public synchronized void progress(long done, long total, String item) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        boolean finished = total >= 0 && done >= total;
        if (drawn && !finished && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        out.print('\r' + fit(line(done, total, item)));
        out.flush();
    }

    private String line(long done, long total, String item) {
        StringBuilder line = new StringBuilder(label).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, done * WIDTH / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
            line.append(done).append('/').append(total);
        } else {
            line.append(done);
        }
        if (item != null) {
            line.append(' ').append(item);
        }
        return line.toString();
    }

    private static String fit(String line) {
        String fitted = line.length() > LINE ? line.substring(0, LINE - 1) + "…" : line;
        return fitted + " ".repeat(LINE - fitted.length());
    }

    /** Clears the bar, leaving the line for the summary. */
    @Override
    public synchronized void close() {
        if (enabled && drawn) {
            out.print('\r' + " ".repeat(LINE) + '\r');
            out.flush();
        }
    }
}
