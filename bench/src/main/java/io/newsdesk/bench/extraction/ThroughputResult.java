package io.newsdesk.bench.extraction;

import io.newsdesk.bench.ingest.Distribution;

/**
 * Pages per second an extractor gets through with several threads working at once.
 *
 * @param extractor the extractor's name
 * @param threads threads extracting at once
 * @param pagesPerSecond over the measured passes: median and range
 */
record ThroughputResult(String extractor, int threads, Distribution pagesPerSecond) {}
