package io.newsdesk.cli;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.imports.ImportedFile;
import io.newsdesk.service.json.JsonShapes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk import FILE...}: store articles from feed documents, pages and teaser text. */
@Command(name = "import", description = {
    "Store the entries of files: feed documents, HTML article pages or aggregator teaser text.",
    "The kind of each file is recognised from its content."
})
final class ImportCommand extends Subcommand {

    @Mixin
    ActingUser user;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
    List<Path> files;

    @Option(names = "--json", description = "Print the stored entries as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (Newsdesk newsdesk = open()) {
            long userId = user.id(newsdesk);
            List<ImportedFile> results;
            try (TerminalProgress progress = TerminalProgress.on(err(), "Importing")) {
                results = newsdesk.imports().importFiles(userId, files, progress);
            }
            syncIndex(newsdesk);
            reportFailures(results);
            if (json) {
                printJson(toJson(newsdesk, userId, results));
            } else {
                summarize(results);
            }
            return results.stream().anyMatch(ImportedFile::failed) ? 1 : 0;
        }
    }

    private static List<Map<String, Object>> toJson(Newsdesk newsdesk, long userId, List<ImportedFile> results) {
        List<Map<String, Object>> json = new ArrayList<>();
        for (ImportedFile file : results) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", file.name());
            item.put("kind", file.kind().name().toLowerCase(Locale.ROOT));
            item.put("feed_id", file.feedId());
            item.put("inserted", file.inserted());
            item.put("updated", file.updated());
            item.put("error", file.error());
            item.put("entries", file.entryIds().stream()
                    .map(id -> JsonShapes.entry(newsdesk.entries().get(userId, id)))
                    .toList());
            json.add(item);
        }
        return json;
    }

    /** One line per failed file on standard error, whatever the output format. */
    private void reportFailures(List<ImportedFile> results) {
        for (ImportedFile file : results) {
            if (file.failed()) {
                err().printf("newsdesk: %s: %s%n", file.name(), file.error());
            }
        }
        err().flush();
    }

    private void summarize(List<ImportedFile> results) {
        int inserted = 0;
        int updated = 0;
        int failed = 0;
        for (ImportedFile file : results) {
            if (file.failed()) {
                failed++;
                continue;
            }
            inserted += file.inserted();
            updated += file.updated();
            int entries = file.entryIds().size();
            out().printf("%s: %s (%d new, %d updated)%n", file.name(), Text.count(entries, "entry", "entries"),
                    file.inserted(), file.updated());
        }
        int imported = results.size() - failed;
        out().printf("Imported %s: %d new, %d updated entries, %d failed.%n",
                Text.count(imported, "file", "files"), inserted, updated, failed);
    }
}
