package io.newsdesk.cli;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.demo.DemoCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsdesk demo}: load the bundled demo feeds, so there is something to read offline. */
@Command(name = "demo", description = "Load the bundled demo corpus: a few feeds written for Newsdesk, no network needed.")
final class DemoCommand extends Subcommand {

    @Mixin
    ActingUser user;

    @Override
    public Integer call() {
        try (Newsdesk newsdesk = open()) {
            long userId = user.id(newsdesk);
            DemoCorpus.Loaded loaded;
            try (TerminalProgress progress = TerminalProgress.on(err(), "Loading demo")) {
                loaded = newsdesk.demo().load(userId, progress);
            }
            syncIndex(newsdesk);
            out().printf("Loaded the demo corpus: %d feeds, %d entries (%d new).%n",
                    loaded.feeds(), loaded.entries(), loaded.inserted());
            out().flush();
            return 0;
        }
    }
}
