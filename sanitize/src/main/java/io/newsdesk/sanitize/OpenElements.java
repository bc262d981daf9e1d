package io.newsdesk.sanitize;

import java.util.Arrays;
import java.util.Set;

/**
 * The elements open at the current point of the output, innermost last, each marked with whether
 * its start tag was written (allowed elements) or not (unwrapped ones, kept so that their end
 * tags and the nesting rules see the structure a browser would). Closing an element writes the
 * end tags of the written elements it closes, so the output is always balanced.
 */
final class OpenElements {

    /** Deeper nesting than this is unwrapped: no story needs it, and hostile input uses it. */
    static final int MAX_DEPTH = 256;

    private final StringBuilder out;
    private String[] names = new String[16];
    private boolean[] written = new boolean[16];
    private int size;

    OpenElements(StringBuilder out) {
        this.out = out;
    }

    boolean isFull() {
        return size >= MAX_DEPTH;
    }

    void push(String name, boolean startTagWritten) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            written = Arrays.copyOf(written, size * 2);
        }
        names[size] = name;
        written[size] = startTagWritten;
        size++;
    }

    int size() {
        return size;
    }

    String name(int index) {
        return names[index];
    }

    /** The innermost open element's name, or {@code null} when none is open. */
    String current() {
        return size == 0 ? null : names[size - 1];
    }

    boolean isWritten(int index) {
        return written[index];
    }

    /** The index of the innermost element whose start tag was written, or -1. */
    int currentWritten() {
        int i = size - 1;
        while (i >= 0 && !written[i]) {
            i--;
        }
        return i;
    }

    /** Closes the element at {@code index} and every element inside it. */
    void closeFrom(int index) {
        while (size > index) {
            size--;
            if (written[size]) {
                out.append("</").append(names[size]).append('>');
            }
        }
    }

    void closeAll() {
        closeFrom(0);
    }

    /**
     * The index of the innermost open element named {@code name} that is not hidden behind one
     * of the {@code boundaries}, or -1.
     */
    int findInScope(String name, Set<String> boundaries) {
        for (int i = size - 1; i >= 0; i--) {
            if (names[i].equals(name)) {
                return i;
            }
            if (boundaries.contains(names[i])) {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the innermost open element named one of {@code wanted} above {@code floor}, or -1. */
    int lastIndexOf(Set<String> wanted, int floor) {
        for (int i = size - 1; i > floor; i--) {
            if (wanted.contains(names[i])) {
                return i;
            }
        }
        return -1;
    }
}
