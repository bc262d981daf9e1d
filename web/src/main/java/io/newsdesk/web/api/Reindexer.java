package io.newsdesk.web.api;

import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.search.IndexSync;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rebuilds the search index in the background, one rebuild at a time. */
final class Reindexer {

    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

    private final IndexSync index;
    private final AtomicBoolean running = new AtomicBoolean();

    Reindexer(IndexSync index) {
        this.index = index;
    }

    /**
     * Starts a rebuild unless one is under way.
     *
     * @return {@code true} when a rebuild was started, {@code false} when one was already running
     */
    boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        Thread.ofVirtual().name("newsdesk-reindex").start(this::rebuild);
        return true;
    }

    private void rebuild() {
        try {
            long indexed = index.rebuild(ProgressListener.NONE);
            if (indexed < 0) {
                log.info("Search index rebuild handed to the process that owns the index");
            } else {
                log.info("Search index rebuilt: {} entries indexed", indexed);
            }
        } catch (RuntimeException e) {
            // Nobody waits for this thread: the log is where the failure can be seen.
            log.error("Rebuilding the search index failed", e);
        } finally {
            running.set(false);
        }
    }
}
