package io.newsdesk.service;

/**
 * Hears how far a long operation (an OPML import, a re-index, a batch import) has come, so a
 * terminal can draw progress. Called from the working thread; implementations must be cheap.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, item) -> {};

    /**
     * @param done how many items are finished
     * @param total how many there are in all, or -1 when unknown
     * @param item what was just finished (a URL, a file name), or {@code null}
     */
    void progress(long done, long total, String item);
}
