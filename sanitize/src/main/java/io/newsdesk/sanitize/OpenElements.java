package io.newsdesk.sanitize;

import java.util.Arrays;
import java.util.Set;

/**
 * The elements open at the current point of the output, innermost last, each with its namespace
 * and marked with whether its start tag was written (allowed elements) or not (unwrapped ones,
 * kept so that their end tags and the nesting rules see the structure a browser would). Closing
 * an element writes the end tags of the written elements it closes, so the output is always
 * balanced.
 *
 * <p>HTML's nesting rules name HTML elements: an SVG {@code <a>} or {@code <title>} is never
 * what they look for, and the foreign elements where HTML resumes ({@code desc}, MathML's
 * {@code mi}, …) bound their search as the standard's special elements do.
 */
final class OpenElements {

    /** Deeper nesting than this is unwrapped: no story needs it, and hostile input uses it. */
    static final int MAX_DEPTH = 256;

    private final StringBuilder out;
    private String[] names = new String[16];
    private boolean[] written = new boolean[16];
    private Namespace[] namespaces = new Namespace[16];
    private boolean[] htmlBoundaries = new boolean[16];
    private int size;

    OpenElements(StringBuilder out) {
        this.out = out;
    }

    boolean isFull() {
        return size >= MAX_DEPTH;
    }

    /** Opens an HTML element. */
    void push(String name, boolean startTagWritten) {
        push(name, startTagWritten, Namespace.HTML, false);
    }

    /**
     * Opens an element.
     *
     * @param name the name; a written foreign element's as written ({@code linearGradient})
     * @param htmlBoundary for a foreign element, whether HTML resumes inside it (see
     *     {@link ForeignContent#isIntegrationPoint})
     */
    void push(String name, boolean startTagWritten, Namespace namespace, boolean htmlBoundary) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            written = Arrays.copyOf(written, size * 2);
            namespaces = Arrays.copyOf(namespaces, size * 2);
            htmlBoundaries = Arrays.copyOf(htmlBoundaries, size * 2);
        }
        names[size] = name;
        written[size] = startTagWritten;
        namespaces[size] = namespace;
        htmlBoundaries[size] = htmlBoundary;
        size++;
    }

    int size() {
        return size;
    }

    String name(int index) {
        return names[index];
    }

    boolean isWritten(int index) {
        return written[index];
    }

    Namespace namespace(int index) {
        return namespaces[index];
    }

    /**
     * Whether the element at {@code index} is a foreign element inside which HTML resumes; HTML's
     * nesting rules do not reach past it, as they do not past the standard's special elements.
     */
    boolean isHtmlBoundary(int index) {
        return htmlBoundaries[index];
    }

    /** Whether the element at {@code index} is the HTML element {@code name}. */
    boolean isHtml(int index, String name) {
        return namespaces[index] == Namespace.HTML && names[index].equals(name);
    }

    /** Whether the innermost open element is an SVG or MathML element (HTML when none is open). */
    boolean inForeignContent() {
        return size > 0 && namespaces[size - 1] != Namespace.HTML;
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
     * The index of the innermost open HTML element named {@code name} that is not hidden behind
     * one of the HTML {@code boundaries} or a foreign element where HTML resumes, or -1.
     */
    int findInScope(String name, Set<String> boundaries) {
        for (int i = size - 1; i >= 0; i--) {
            if (namespaces[i] != Namespace.HTML) {
                if (htmlBoundaries[i]) {
                    return -1;
                }
            } else if (names[i].equals(name)) {
                return i;
            } else if (boundaries.contains(names[i])) {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the innermost open HTML element named one of {@code wanted} above {@code floor}, or -1. */
    int lastIndexOf(Set<String> wanted, int floor) {
        for (int i = size - 1; i > floor; i--) {
            if (namespaces[i] == Namespace.HTML && wanted.contains(names[i])) {
                return i;
            }
        }
        return -1;
    }
}
