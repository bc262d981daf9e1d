package io.newsdesk.cli;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.service.imports.Documents;
import io.newsdesk.service.json.JsonShapes;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk parse FILE}: parse a feed document and print it, storing nothing. */
@Command(name = "parse", description = "Parse a feed document and print it; nothing is stored.")
final class ParseCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", description = "An RSS, Atom, RDF or JSON Feed document.")
    Path file;

    @Option(names = "--url", paramLabel = "URL", description = "Where the document came from (resolves relative links).")
    String url;

    @Option(names = "--json", description = "Print the feed as JSON.")
    boolean json;

    @Override
    public Integer call() {
        FeedDocument document = Standalone.documents().parseFeed(Documents.read(file), null, url);
        if (json) {
            printJson(JsonShapes.feedDocument(document));
            return 0;
        }
        int entries = document.entries().size();
        out().printf("%s (%s), %s%n", Text.orPlaceholder(document.title(), "(untitled feed)"),
                document.format().code(), Text.count(entries, "entry", "entries"));
        for (String problem : document.problems()) {
            out().printf("  problem: %s%n", problem);
        }
        for (Entry entry : document.entries()) {
            out().printf("- %s%s%n", Text.orPlaceholder(Text.shorten(entry.title(), 100), "(untitled)"),
                    entry.published() == null ? "" : "  (" + entry.published() + ")");
        }
        out().flush();
        return 0;
    }
}
