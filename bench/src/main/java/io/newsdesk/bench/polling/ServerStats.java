package io.newsdesk.bench.polling;

import java.util.Map;

/**
 * What the feed server counted during one cycle.
 *
 * @param cycle the cycle (1 for the first, 2 for the one after)
 * @param requests every request answered or hung up on
 * @param answers requests by answer: {@code 200}, {@code 304}, {@code 404}, {@code 410}, {@code
 *     500}, and {@code timeout} for those the client gave up on
 * @param conditionalRequests requests that carried If-None-Match or If-Modified-Since
 * @param feedsByRequests per behaviour (its label), how many of its feeds got no request, exactly
 *     one, and more than one
 * @param mostActivePerHost the most requests one host was answering at one moment
 * @param activeRequests requests being answered (or hanging) right now
 * @param cpuSeconds CPU time the server process has used so far
 */
public record ServerStats(
        int cycle,
        long requests,
        Map<String, Long> answers,
        long conditionalRequests,
        Map<String, RequestCounts> feedsByRequests,
        int mostActivePerHost,
        int activeRequests,
        double cpuSeconds) {

    /**
     * @param none feeds not requested
     * @param once feeds requested exactly once
     * @param more feeds requested more than once
     */
    public record RequestCounts(long none, long once, long more) {}

    public ServerStats {
        answers = Map.copyOf(answers);
        feedsByRequests = Map.copyOf(feedsByRequests);
    }

    /** How many requests got this answer. */
    public long answered(String answer) {
        return answers.getOrDefault(answer, 0L);
    }
}
