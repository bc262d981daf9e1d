package io.newsdesk.extract.teaser;

/** How a line of prose ends: the cue for telling a sentence from a headline-like line. */
final class Sentences {

    private static final String CLOSING = "\"'”’»)]";
    private static final String FINAL = ".!?…";

    private Sentences() {}

    /**
     * Whether the text ends like a finished (or deliberately cut) sentence: with a full stop,
     * question or exclamation mark or ellipsis, possibly inside closing quotes or brackets.
     */
    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && FINAL.indexOf(text.charAt(end - 1)) >= 0;
    }

    /** Whether the text ends mid-thought, leading into what follows (":" or ";" or ","). */
    static boolean endsWithLeadIn(String text) {
        return !text.isEmpty() && ":;,".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
