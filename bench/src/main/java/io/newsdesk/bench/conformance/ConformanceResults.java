package io.newsdesk.bench.conformance;

import java.util.List;
import java.util.Map;

/**
 * Everything a conformance run found.
 *
 * @param runs one per parser, Newsdesk first
 * @param unsafe for each sanitize test whose rendering by Newsdesk is not inert, what was found
 * @param sanitizeCases how many sanitize tests were checked for safety
 */
record ConformanceResults(List<ParserRun> runs, Map<String, List<String>> unsafe, int sanitizeCases) {}
