package io.newsdesk.service.fulltext;

import io.newsdesk.store.ExtractedPage;

/** What reading one entry's page came to: an article, or why there is none. */
sealed interface PageOutcome {

    /** The page was fetched and its article extracted. */
    record Read(ExtractedPage page) implements PageOutcome {}

    /** The page could not be read, or held no article. */
    record Failed(PageProblem problem) implements PageOutcome {}
}
