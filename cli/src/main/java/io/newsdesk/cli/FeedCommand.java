package io.newsdesk.cli;

import io.newsdesk.domain.Feed;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.feeds.RefreshOutcome;
import io.newsdesk.service.fulltext.FullTextService;
import io.newsdesk.service.json.JsonShapes;
import io.newsdesk.store.FeedSummary;
import io.newsdesk.store.FullTextMode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk feed add|list|refresh|remove|full-text}. */
@Command(name = "feed", description = "Subscribe to feeds, list, check and remove them, set their full text.",
        subcommands = {FeedCommand.Add.class, FeedCommand.ListFeeds.class, FeedCommand.Refresh.class,
            FeedCommand.Remove.class, FeedCommand.FullText.class})
final class FeedCommand {

    @Command(name = "add", description = "Subscribe to a feed (or the feed a web page announces).")
    static final class Add extends Subcommand {

        @Mixin
        ActingUser user;

        @Parameters(paramLabel = "URL", description = "The feed's URL, or a site that announces one.")
        String url;

        @Option(names = "--category", paramLabel = "NAME", description = "Put the feed in this category.")
        String category;

        @Option(names = "--full-text", paramLabel = "MODE", description = "Fetch the full article of its entries: "
                + "auto (when they are teasers; the default), on or off.")
        String fullText;

        @Option(names = "--json", description = "Print the feed as JSON.")
        boolean json;

        @Override
        public Integer call() {
            // Read first, so that a mistyped mode subscribes to nothing.
            FullTextMode mode = fullText == null ? null : FullTextService.mode(fullText);
            try (Newsdesk newsdesk = open()) {
                long userId = user.id(newsdesk);
                Feed feed = newsdesk.feeds().add(userId, url, category);
                if (mode != null) {
                    newsdesk.fullText().setMode(userId, feed.id(), mode);
                }
                FeedSummary summary = newsdesk.feeds().get(userId, feed.id());
                syncIndex(newsdesk);
                if (json) {
                    printJson(JsonShapes.feed(summary));
                } else {
                    out().printf("Added feed %d: %s (%s)%n", feed.id(),
                            Text.orPlaceholder(feed.title(), feed.url()), Text.count(summary.total(), "entry", "entries"));
                }
                return 0;
            }
        }
    }

    @Command(name = "list", description = "List your feeds with their status.")
    static final class ListFeeds extends Subcommand {

        @Mixin
        ActingUser user;

        @Option(names = "--json", description = "Print the feeds as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Newsdesk newsdesk = open()) {
                long userId = user.id(newsdesk);
                List<FeedSummary> feeds = newsdesk.feeds().list(userId);
                if (json) {
                    printJson(JsonShapes.page(feeds.size(), "feeds", feeds.stream().map(JsonShapes::feed).toList()));
                } else if (feeds.isEmpty()) {
                    out().println("No feeds yet. Add one with `newsdesk feed add URL`, or try `newsdesk demo`.");
                } else {
                    printTable(feeds);
                }
                return 0;
            }
        }

        private void printTable(List<FeedSummary> feeds) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "TITLE", "UNREAD", "TOTAL", "STATUS", "URL"});
            for (FeedSummary summary : feeds) {
                Feed feed = summary.feed();
                rows.add(new String[] {
                    String.valueOf(feed.id()), Text.shorten(Text.orPlaceholder(feed.title(), "(untitled)"), 40), String.valueOf(summary.unread()),
                    String.valueOf(summary.total()), FeedStatus.describe(feed), feed.url()
                });
            }
            Text.printTable(out(), rows);
        }
    }

    @Command(name = "refresh", description = "Check one feed, or all of them, now.")
    static final class Refresh extends Subcommand {

        @Mixin
        ActingUser user;

        @Parameters(paramLabel = "ID", arity = "0..1", description = "The feed to check (default: all).")
        Long feedId;

        @Option(names = "--json", description = "Print the outcomes as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Newsdesk newsdesk = open()) {
                long userId = user.id(newsdesk);
                List<RefreshOutcome> outcomes;
                if (feedId != null) {
                    outcomes = List.of(newsdesk.feeds().refresh(userId, feedId));
                } else {
                    try (TerminalProgress progress = TerminalProgress.on(err(), "Checking feeds")) {
                        outcomes = newsdesk.feeds().refreshAll(userId, progress);
                    }
                }
                syncIndex(newsdesk);
                report(outcomes);
                return outcomes.stream().anyMatch(RefreshOutcome::failed) ? 1 : 0;
            }
        }

        private void report(List<RefreshOutcome> outcomes) {
            if (json) {
                printJson(outcomes.stream().map(JsonShapes::refresh).toList());
                return;
            }
            long failed = outcomes.stream().filter(RefreshOutcome::failed).count();
            int inserted = outcomes.stream().mapToInt(RefreshOutcome::inserted).sum();
            int updated = outcomes.stream().mapToInt(RefreshOutcome::updated).sum();
            for (RefreshOutcome outcome : outcomes) {
                if (outcome.failed()) {
                    out().printf("Feed %d failed: %s%n", outcome.feedId(), outcome.error());
                }
            }
            out().printf("Checked %s: %d new, %d updated entries, %d failed.%n",
                    Text.count(outcomes.size(), "feed", "feeds"), inserted, updated, failed);
        }
    }

    @Command(name = "full-text", description = "Show or set whether the full article of a feed's entries is fetched.")
    static final class FullText extends Subcommand {

        @Mixin
        ActingUser user;

        @Parameters(index = "0", paramLabel = "ID", description = "The feed.")
        long feedId;

        @Parameters(index = "1", arity = "0..1", paramLabel = "MODE",
                description = "auto (when its entries are teasers), on or off; leave out to show the setting.")
        String mode;

        @Option(names = "--json", description = "Print the feed as JSON.")
        boolean json;

        @Override
        public Integer call() {
            FullTextMode wanted = mode == null ? null : FullTextService.mode(mode);
            try (Newsdesk newsdesk = open()) {
                long userId = user.id(newsdesk);
                if (wanted != null) {
                    newsdesk.fullText().setMode(userId, feedId, wanted);
                }
                FeedSummary summary = newsdesk.feeds().get(userId, feedId);
                if (json) {
                    printJson(JsonShapes.feed(summary));
                } else {
                    out().printf("Feed %d (%s): full text %s%n", feedId,
                            Text.orPlaceholder(summary.feed().title(), summary.feed().url()),
                            FullTextSettings.describe(summary.fullText()));
                    if (wanted != null && summary.fullText().fetches()) {
                        out().println("Pages are fetched in the background while `newsdesk serve` runs.");
                    }
                }
                return 0;
            }
        }
    }

    @Command(name = "remove", description = "Unsubscribe from a feed.")
    static final class Remove extends Subcommand {

        @Mixin
        ActingUser user;

        @Parameters(paramLabel = "ID", description = "The feed to remove.")
        long feedId;

        @Override
        public Integer call() {
            try (Newsdesk newsdesk = open()) {
                long userId = user.id(newsdesk);
                newsdesk.feeds().remove(userId, feedId);
                syncIndex(newsdesk);
                out().printf("Removed feed %d.%n", feedId);
                return 0;
            }
        }
    }
}
