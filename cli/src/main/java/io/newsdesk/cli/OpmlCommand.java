package io.newsdesk.cli;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.feeds.OpmlImportResult;
import io.newsdesk.service.feeds.RefreshOutcome;
import io.newsdesk.service.imports.Documents;
import io.newsdesk.service.json.JsonShapes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk opml import|export}. */
@Command(name = "opml", description = "Import and export subscriptions as OPML.",
        subcommands = {OpmlCommand.Import.class, OpmlCommand.Export.class})
final class OpmlCommand {

    @Command(name = "import", description = "Subscribe to every feed of an OPML file and check them.")
    static final class Import extends Subcommand {

        @Mixin
        ActingUser user;

        @Parameters(paramLabel = "FILE", description = "The OPML file.")
        Path file;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Override
        public Integer call() {
            byte[] opml = Documents.read(file);
            try (Newsdesk newsdesk = open()) {
                long userId = user.id(newsdesk);
                OpmlImportResult result;
                try (TerminalProgress progress = TerminalProgress.on(err(), "Checking feeds")) {
                    result = newsdesk.feeds().importOpml(userId, opml, progress);
                }
                syncIndex(newsdesk);
                if (json) {
                    printJson(JsonShapes.opmlImport(result));
                } else {
                    summarize(result);
                }
                return 0;
            }
        }

        private void summarize(OpmlImportResult result) {
            for (OpmlImportResult.Rejected rejected : result.rejected()) {
                out().printf("Skipped %s: %s%n", rejected.url(), rejected.reason());
            }
            for (RefreshOutcome check : result.checks()) {
                if (check.failed()) {
                    out().printf("Feed %d (%s) failed its first check: %s%n", check.feedId(), check.url(), check.error());
                }
            }
            out().printf("Subscribed to %s (%d already subscribed, %d skipped, %d failing).%n",
                    Text.count(result.subscribed(), "new feed", "new feeds"), result.alreadySubscribed(),
                    result.rejected().size(), result.failedChecks());
        }
    }

    @Command(name = "export", description = "Write your subscriptions as OPML 2.0.")
    static final class Export extends Subcommand {

        @Mixin
        ActingUser user;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path output;

        @Override
        public Integer call() {
            try (Newsdesk newsdesk = open()) {
                long userId = user.id(newsdesk);
                String opml = newsdesk.feeds().exportOpml(userId);
                if (output == null) {
                    out().print(opml);
                    out().flush();
                } else {
                    write(opml);
                    err().printf("Wrote %s%n", output);
                }
                return 0;
            }
        }

        private void write(String opml) {
            try {
                Files.writeString(output, opml, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw NewsdeskException.invalid("cannot write " + output + ": " + e.getMessage());
            }
        }
    }
}
