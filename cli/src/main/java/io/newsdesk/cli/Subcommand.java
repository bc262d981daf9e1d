package io.newsdesk.cli;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.json.Json;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand has: the shared options, the output streams and a JSON printer. */
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    NewsdeskCommand root() {
        return (NewsdeskCommand) spec.root().userObject();
    }

    Newsdesk open() {
        return root().open();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    void printJson(Object value) {
        out().println(Json.pretty(value));
        out().flush();
    }

    /**
     * Brings the search index up to date when this process owns it; when a server owns it, the
     * server indexes what this command stored within seconds.
     */
    void syncIndex(Newsdesk newsdesk) {
        try (TerminalProgress progress = TerminalProgress.on(err(), "Indexing")) {
            newsdesk.syncIndex(progress);
        }
    }
}
