package io.newsdesk.service.fulltext;

import io.newsdesk.store.FullTextRepository;
import io.newsdesk.store.RecentEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes and records the {@code auto} decision for a feed by the {@link TeaserRule}: from its
 * latest entries, and when they could be either, by comparing one with its page. A decision is
 * looked at again after a week, so a feed that turns to teasers (or away from them) is followed;
 * a feed with too few entries, or whose page could not be fetched for a passing reason, is looked
 * at again in an hour.
 */
final class AutoDecider {

    static final Duration RECONSIDER_AFTER = Duration.ofDays(7);
    static final Duration TRY_AGAIN_AFTER = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(AutoDecider.class);
    /** Entries read to find a sample: some may link nowhere useful. */
    private static final int READ = 3 * TeaserRule.SAMPLE;

    private final FullTextRepository repository;

    AutoDecider(FullTextRepository repository) {
        this.repository = repository;
    }

    /**
     * A decision that needs one page read: the entry to compare with it, and the pages queued
     * if the decision is to fetch.
     *
     * @param feedId the feed being decided
     * @param entry the entry whose page is read
     * @param sample entry id → link of the sampled entries
     */
    record PageComparison(long feedId, RecentEntry entry, Map<Long, String> sample) {

        PageComparison {
            Objects.requireNonNull(entry, "entry");
            sample = Map.copyOf(sample);
        }

        /** The page to read. */
        String url() {
            return entry.entry().link().strip();
        }
    }

    /**
     * Decides as far as the feed's entries allow and records it.
     *
     * @return the page to read when the entries alone do not decide; then {@link #finish} records
     *     the decision
     */
    Optional<PageComparison> decide(long feedId, Instant now) {
        List<RecentEntry> sample = repository.recentEntries(feedId, READ).stream()
                .filter(recent -> TeaserRule.samples(recent.entry()))
                .limit(TeaserRule.SAMPLE)
                .toList();
        Map<Long, String> links = new LinkedHashMap<>();
        sample.forEach(recent -> links.put(recent.id(), recent.entry().link().strip()));
        TeaserRule.Verdict verdict = TeaserRule.judge(sample.stream().map(RecentEntry::entry).toList());
        switch (verdict) {
            case TeaserRule.Verdict.TooFew tooFew -> repository.postponeDecision(feedId, now.plus(TRY_AGAIN_AFTER));
            case TeaserRule.Verdict.Decided decided -> record(feedId, decided, links, now);
            case TeaserRule.Verdict.ComparePage compare -> {
                RecentEntry entry = sample.stream()
                        .filter(recent -> recent.entry() == compare.entry())
                        .findFirst()
                        .orElseThrow();
                return Optional.of(new PageComparison(feedId, entry, links));
            }
        }
        return Optional.empty();
    }

    /** Records the decision that the page read for {@code comparison} allows. */
    void finish(PageComparison comparison, PageOutcome outcome, Instant now) {
        long feedId = comparison.feedId();
        switch (outcome) {
            case PageOutcome.Read read -> {
                TeaserRule.Verdict.Decided decided = TeaserRule.compare(comparison.entry().entry(), read.page().text());
                if (record(feedId, decided, comparison.sample(), now) && decided.fetch()) {
                    // The page was read already: it is the compared entry's full text.
                    repository.recordFetched(comparison.entry().id(), read.page(), now);
                }
            }
            case PageOutcome.Failed failed when failed.problem().retryable() -> {
                log.debug("Feed {}: could not compare with {} ({}); trying again later",
                        feedId, comparison.url(), failed.problem().message());
                repository.postponeDecision(feedId, now.plus(TRY_AGAIN_AFTER));
            }
            case PageOutcome.Failed failed -> record(feedId, new TeaserRule.Verdict.Decided(false,
                    "the latest entry's page gives no article (" + failed.problem().message() + ")"),
                    comparison.sample(), now);
        }
    }

    private boolean record(long feedId, TeaserRule.Verdict.Decided decided, Map<Long, String> sample, Instant now) {
        boolean recorded = repository.recordDecision(
                feedId, decided.fetch(), decided.reason(), now, now.plus(RECONSIDER_AFTER), sample);
        if (recorded) {
            log.info("Feed {}: full text {} ({})", feedId, decided.fetch() ? "on" : "off", decided.reason());
        }
        return recorded;
    }
}
