package io.newsdesk.cli;

import io.newsdesk.service.ProgressListener;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Draws a one-line progress bar on a terminal, redrawn at most ten times a second, and clears it
 * when done so the command's summary starts on a clean line. Draws nothing when the output is not a
 * terminal, so logs and pipes stay clean.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {

    /** Characters of the bar itself, between the brackets. */
    static final int BAR_WIDTH = 24;
    /** The whole line: fits a classic 80-column terminal without wrapping. */
    static final int LINE_WIDTH = 79;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final String label;
    private final boolean interactive;
    private final LongSupplier nanoTime;
    private long lastDraw;
    private boolean drawn;

    /**
     * @param interactive whether {@code out} is a terminal; nothing is drawn otherwise
     * @param nanoTime the clock that paces redraws
     */
    TerminalProgress(PrintWriter out, String label, boolean interactive, LongSupplier nanoTime) {
        this.out = out;
        this.label = label;
        this.interactive = interactive;
        this.nanoTime = nanoTime;
    }

    /** A progress bar on {@code out}, drawn only if this process runs on a terminal. */
    static TerminalProgress on(PrintWriter out, String label) {
        return new TerminalProgress(out, label, Terminal.interactive(), System::nanoTime);
    }

    @Override
    public synchronized void progress(long done, long total, String item) {
        if (!interactive || total == 0) {
            return;
        }
        long now = nanoTime.getAsLong();
        boolean finished = total > 0 && done >= total;
        if (drawn && !finished && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        out.print('\r' + render(label, done, total, item));
        out.flush();
    }

    /**
     * One state of the bar, exactly {@link #LINE_WIDTH} characters: padded so that it overwrites a
     * longer previous state, cut with an ellipsis when the item name is too long.
     *
     * @param total the number of items, or negative when unknown (then only the count shows)
     */
    static String render(String label, long done, long total, String item) {
        StringBuilder line = new StringBuilder(label).append(' ');
        if (total > 0) {
            long shown = Math.clamp(done, 0, total);
            int filled = (int) (shown * BAR_WIDTH / total);
            line.append('[').append("#".repeat(filled)).append(" ".repeat(BAR_WIDTH - filled)).append("] ");
            line.append(shown).append('/').append(total);
        } else {
            line.append(done);
        }
        if (item != null && !item.isBlank()) {
            line.append(' ').append(item.strip());
        }
        String fitted = line.length() > LINE_WIDTH ? line.substring(0, LINE_WIDTH - 1) + "…" : line.toString();
        return fitted + " ".repeat(LINE_WIDTH - fitted.length());
    }

    /** Clears the bar, leaving the line for the summary. */
    @Override
    public synchronized void close() {
        if (drawn) {
            out.print('\r' + " ".repeat(LINE_WIDTH) + '\r');
            out.flush();
        }
    }
}
