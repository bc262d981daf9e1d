package io.newsdesk.service.feeds;

import java.util.List;

/**
 * What an OPML import did.
 *
 * @param subscribed feeds the user was newly subscribed to
 * @param alreadySubscribed feeds the user already had, which keep their title and category
 * @param rejected outlines that could not be subscribed to (bad URLs), with the reason
 * @param checks the first check of each newly subscribed feed
 */
public record OpmlImportResult(
        int subscribed, int alreadySubscribed, List<Rejected> rejected, List<RefreshOutcome> checks) {

    public OpmlImportResult {
        rejected = List.copyOf(rejected);
        checks = List.copyOf(checks);
    }

    /** An outline that was not imported. */
    public record Rejected(String url, String reason) {}

    public long failedChecks() {
        return checks.stream().filter(RefreshOutcome::failed).count();
    }
}
