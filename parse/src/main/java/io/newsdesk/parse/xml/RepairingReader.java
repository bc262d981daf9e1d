package io.newsdesk.parse.xml;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * The characters of a document as they arrive, with {@link XmlTextRepair}'s repairs made on the
 * way: for documents too large to hold. A construct that has not arrived whole (a comment, a
 * CDATA section, a reference) waits for the rest, up to a bound past which it is passed on as it
 * is, so that a hostile document cannot make the reader hold it all.
 */
public final class RepairingReader extends Reader {

    private static final int CHUNK = 16 * 1024;

    private final Reader in;
    private final int maxPending;
    private final XmlTextRepair repair = new XmlTextRepair();
    private final StringBuilder pending = new StringBuilder();
    private final char[] chunk = new char[CHUNK];
    private String ready = "";
    private int readyPosition;
    private boolean endOfInput;

    /**
     * @param in the document's characters
     * @param maxPending how many characters an unfinished construct may hold back
     */
    public RepairingReader(Reader in, int maxPending) {
        this.in = in;
        this.maxPending = maxPending;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (readyPosition == ready.length()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, ready.length() - readyPosition);
        ready.getChars(readyPosition, readyPosition + n, buffer, offset);
        readyPosition += n;
        return n;
    }

    /** Repairs what has arrived; {@code false} once everything has been handed out. */
    private boolean fill() throws IOException {
        if (endOfInput && pending.isEmpty()) {
            return false;
        }
        if (!endOfInput) {
            int n = in.read(chunk);
            if (n < 0) {
                endOfInput = true;
            } else {
                pending.append(chunk, 0, n);
            }
        }
        XmlTextRepair.Piece piece = repair.next(pending.toString(), endOfInput || pending.length() > maxPending);
        pending.delete(0, piece.consumed());
        ready = piece.text();
        readyPosition = 0;
        return true;
    }

    /** What was repaired so far, one line per kind of repair. */
    public List<String> problems() {
        return repair.problems();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
