package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.Problem;
import io.newsdesk.parse.xml.ReadingProblems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what was wrong with a document, once per message and in the order found; a broken
 * feed can repeat the same fault thousands of times, so the list is capped.
 */
public final class Problems implements ReadingProblems {

    private static final int MAX_MESSAGES = 50;

    private final Map<String, Problem> problems = new LinkedHashMap<>();
    private int dropped;
    private Problem.Kind droppedKind = Problem.Kind.DATA;

    /** Notes a problem of the given kind. */
    public void add(Problem.Kind kind, String message) {
        if (problems.containsKey(message)) {
            return;
        }
        if (problems.size() < MAX_MESSAGES) {
            problems.put(message, new Problem(kind, message));
        } else {
            dropped++;
            if (kind.illFormed()) {
                droppedKind = kind;
            }
        }
    }

    @Override
    public void malformed(String message) {
        add(Problem.Kind.MALFORMED, message);
    }

    @Override
    public void data(String message) {
        add(Problem.Kind.DATA, message);
    }

    /** Notes each message as a problem of the given kind. */
    public void addAll(Problem.Kind kind, List<String> messages) {
        messages.forEach(message -> add(kind, message));
    }

    /** The problems so far, with a closing one when some were left out. */
    public List<Problem> list() {
        List<Problem> list = new ArrayList<>(problems.values());
        if (dropped > 0) {
            list.add(new Problem(droppedKind, "… and " + dropped + " more problems"));
        }
        return list;
    }
}
