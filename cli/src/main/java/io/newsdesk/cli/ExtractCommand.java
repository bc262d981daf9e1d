package io.newsdesk.cli;

import io.newsdesk.domain.Entry;
import io.newsdesk.sanitize.HtmlSanitizer;
import io.newsdesk.service.imports.Documents;
import io.newsdesk.service.imports.Extracted;
import io.newsdesk.service.json.JsonShapes;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk extract FILE}: the article of an HTML page or teaser text, storing nothing. */
@Command(name = "extract", description = "Extract the article from an HTML page or aggregator teaser text; nothing is stored.")
final class ExtractCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", description = "An HTML page or a teaser text file.")
    Path file;

    @Option(names = "--url", paramLabel = "URL", description = "Where the page came from (resolves relative links).")
    String url;

    @Option(names = "--json", description = "Print the article as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Extracted extracted = Standalone.documents().extract(Documents.read(file), null, url);
        Entry entry = extracted.entry();
        String text = extracted.article() != null ? extracted.article().text() : HtmlSanitizer.toText(entry.content());
        if (json) {
            printJson(JsonShapes.extracted(entry, extracted.article(), text));
            return 0;
        }
        out().println(entry.title());
        if (entry.dek() != null) {
            out().println();
            out().println(entry.dek());
        }
        out().println();
        out().println(text);
        out().flush();
        return 0;
    }
}
