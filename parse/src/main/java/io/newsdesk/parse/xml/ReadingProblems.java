package io.newsdesk.parse.xml;

/** Where a cursor notes what it found wrong while reading. */
public interface ReadingProblems {

    /** The markup was not well-formed and was read as well as it could be. */
    void malformed(String message);

    /** The markup was fine but a value was unusable or a limit was reached. */
    void data(String message);
}
