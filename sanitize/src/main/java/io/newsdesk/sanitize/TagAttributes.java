package io.newsdesk.sanitize;

import java.util.Arrays;

/**
 * The attributes of one tag, in source order; a name given twice keeps its first value, as in
 * browsers. Reused from tag to tag so that reading markup allocates no list per tag.
 */
final class TagAttributes {

    private String[] names = new String[8];
    private String[] values = new String[8];
    private String[] spellings = new String[8];
    private int size;

    /** Forgets all attributes, for the next tag. */
    void clear() {
        size = 0;
    }

    /** Adds an attribute unless one of that name is already there. */
    void add(String name, String value) {
        add(name, value, null);
    }

    /**
     * Adds an attribute unless one of that name is already there.
     *
     * @param spelling see {@link #spelling(int)}
     */
    void add(String name, String value, String spelling) {
        if (indexOf(name) >= 0) {
            return;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
            spellings = Arrays.copyOf(spellings, size * 2);
        }
        names[size] = name;
        values[size] = value;
        spellings[size] = spelling;
        size++;
    }

    int size() {
        return size;
    }

    String name(int index) {
        return names[index];
    }

    /** The value, character references decoded. */
    String value(int index) {
        return values[index];
    }

    /**
     * The value as the publisher wrote it, for writing it again: its complete character
     * references as written, every other {@code &} as {@code &amp;}, everything else decoded; or
     * {@code null} when it has no reference worth keeping and is written from {@link #value(int)}.
     */
    String spelling(int index) {
        return spellings[index];
    }

    private int indexOf(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
