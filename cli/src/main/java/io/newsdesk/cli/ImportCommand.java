package io.newsdesk.cli;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.imports.ImportedFile;
import io.newsdesk.service.json.JsonShapes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk import FILE...}: store articles from feed documents, pages and teaser text. */
@Command(name = "import", description = {
    "Store the entries of files: feed documents, HTML article pages or aggregator teaser text.",
    "The kind of each file is recognised from its content."
})
final class ImportCommand extends Subcommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Option(names = "--json", description = "Print the stored entries as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Newsdesk newsdesk = open()) {
            List<ImportedFile> results;
            try (TerminalProgress progress = TerminalProgress.on(err(), "Importing")) {
                results = newsdesk.imports().importFiles(Newsdesk.OWNER, files, progress);
            }
            syncIndex(newsdesk);
            if (json) {
                printJson(toJson(newsdesk, results));
            } else {
                summarize(results);
            }
            return results.stream().anyMatch(ImportedFile::failed) ? 1 : 0;
        }
    }

    private static List<Map<String, Object>> toJson(Newsdesk newsdesk, List<ImportedFile> results) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (ImportedFile file : results) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", file.name());
            item.put("kind", file.kind().name().toLowerCase(java.util.Locale.ROOT));
            item.put("feed_id", file.feedId());
            item.put("inserted", file.inserted());
            item.put("updated", file.updated());
            item.put("error", file.error());
            item.put("entries", file.entryIds().stream()
                    .map(id -> JsonShapes.entry(newsdesk.entries().get(Newsdesk.OWNER, id)))
                    .toList());
            json.add(item);
        }
        return json;
    }

    private void summarize(List<ImportedFile> results) {
        int inserted = 0;
        int updated = 0;
        int failed = 0;
        for (ImportedFile file : results) {
            if (file.failed()) {
                failed++;
                err().printf("%s: %s%n", file.name(), file.error());
            } else {
                inserted += file.inserted();
                updated += file.updated();
                out().printf("%s: %d entr%s (%d new, %d updated)%n", file.name(), file.entryIds().size(),
                        file.entryIds().size() == 1 ? "y" : "ies", file.inserted(), file.updated());
            }
        }
        out().printf("Imported %d file%s: %d new, %d updated entries, %d failed.%n",
                results.size() - failed, results.size() - failed == 1 ? "" : "s", inserted, updated, failed);
    }
}
