package io.newsdesk.bench.extraction;

/**
 * What one page costs an extractor on one thread: time (parse included) and memory allocated,
 * each page's median over the measured rounds, summarised over the pages.
 *
 * @param extractor the extractor's name
 * @param millis milliseconds per page
 * @param allocatedBytes bytes allocated per page (by the extracting thread)
 */
record LatencyResult(String extractor, PageSample millis, PageSample allocatedBytes) {}
