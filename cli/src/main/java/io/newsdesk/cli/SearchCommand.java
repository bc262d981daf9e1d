package io.newsdesk.cli;

import io.newsdesk.sanitize.HtmlSanitizer;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.json.JsonShapes;
import io.newsdesk.service.search.SearchService;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk search QUERY}: full-text search over your feeds. */
@Command(name = "search", description = {
    "Search your feeds. Words must all match; \"quoted phrases\", -excluded words and prefix* work."
})
final class SearchCommand extends Subcommand {

    @Mixin
    ActingUser user;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to search for.")
    List<String> words;

    @Option(names = "--feed", paramLabel = "ID", description = "Search only this feed.")
    Long feedId;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Results to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Results to skip.")
    int offset;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Newsdesk newsdesk = open()) {
            long userId = user.id(newsdesk);
            // Index what is pending first when this process owns the index, so results are current.
            if (newsdesk.syncIndex(ProgressListener.NONE) < 0) {
                warnIfServerIsBehind(newsdesk.index().pending());
            }
            SearchService.ResultPage page =
                    newsdesk.search().search(userId, String.join(" ", words), feedId, limit, offset);
            if (json) {
                printJson(JsonShapes.page(page.total(), "results",
                        page.results().stream().map(JsonShapes::searchResult).toList()));
                return 0;
            }
            print(page);
            return 0;
        }
    }

    /** A running server indexes what commands stored within seconds; until then results lag. */
    private void warnIfServerIsBehind(long pending) {
        if (pending > 0) {
            err().printf("Note: the running server has not indexed %s yet; results may miss %s.%n",
                    Text.count(pending, "recent change", "recent changes"), pending == 1 ? "it" : "them");
            err().flush();
        }
    }

    private void print(SearchService.ResultPage page) {
        if (page.results().isEmpty()) {
            out().println("No matches.");
            out().flush();
            return;
        }
        int rank = offset;
        for (SearchService.Result result : page.results()) {
            rank++;
            Instant published = result.entry().entry().published();
            out().printf("%d. %s%n", rank, HtmlSanitizer.toText(result.titleHtml()));
            out().printf("   %s%s · entry %d%n", result.entry().feedTitle(),
                    published == null ? "" : " · " + published, result.entry().id());
            out().printf("   %s%n%n", Text.shorten(HtmlSanitizer.toText(result.snippetHtml()), 200));
        }
        out().printf("%d of %s.%n", page.results().size(), Text.count(page.total(), "match", "matches"));
        out().flush();
    }
}
