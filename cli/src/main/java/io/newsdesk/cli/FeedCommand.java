package io.newsdesk.cli;

import io.newsdesk.domain.Feed;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.feeds.RefreshOutcome;
import io.newsdesk.service.json.JsonShapes;
import io.newsdesk.store.FeedSummary;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk feed add|list|refresh|remove}. */
@Command(name = "feed", description = "Subscribe to feeds, list, check and remove them.",
        subcommands = {FeedCommand.Add.class, FeedCommand.ListFeeds.class, FeedCommand.Refresh.class,
            FeedCommand.Remove.class})
final class FeedCommand {

    @Command(name = "add", description = "Subscribe to a feed (or the feed a web page announces).")
    static final class Add extends Subcommand {

        @Parameters(paramLabel = "URL", description = "The feed's URL, or a site that announces one.")
        String url;

        @Option(names = "--category", paramLabel = "NAME", description = "Put the feed in this category.")
        String category;

        @Option(names = "--json", description = "Print the feed as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Newsdesk newsdesk = open()) {
                Feed feed = newsdesk.feeds().add(Newsdesk.OWNER, url, category);
                FeedSummary summary = newsdesk.feeds().get(Newsdesk.OWNER, feed.id());
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

        @Option(names = "--json", description = "Print the feeds as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Newsdesk newsdesk = open()) {
                List<FeedSummary> feeds = newsdesk.feeds().list(Newsdesk.OWNER);
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

        @Parameters(paramLabel = "ID", arity = "0..1", description = "The feed to check (default: all).")
        Long feedId;

        @Option(names = "--json", description = "Print the outcomes as JSON.")
        boolean json;

        @Override
        public Integer call() {
            try (Newsdesk newsdesk = open()) {
                List<RefreshOutcome> outcomes;
                if (feedId != null) {
                    outcomes = List.of(newsdesk.feeds().refresh(Newsdesk.OWNER, feedId));
                } else {
                    try (TerminalProgress progress = TerminalProgress.on(err(), "Checking feeds")) {
                        outcomes = newsdesk.feeds().refreshAll(Newsdesk.OWNER, progress);
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

    @Command(name = "remove", description = "Unsubscribe from a feed.")
    static final class Remove extends Subcommand {

        @Parameters(paramLabel = "ID", description = "The feed to remove.")
        long feedId;

        @Override
        public Integer call() {
            try (Newsdesk newsdesk = open()) {
                newsdesk.feeds().remove(Newsdesk.OWNER, feedId);
                syncIndex(newsdesk);
                out().printf("Removed feed %d.%n", feedId);
                return 0;
            }
        }
    }
}
