package io.newsdesk.cli;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskConfig;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code newsdesk} command and the options every subcommand shares. */
@Command(
        name = "newsdesk",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = Version.class,
        description = "Self-hosted news aggregator and news-intelligence server.",
        subcommands = {
            ServeCommand.class,
            FeedCommand.class,
            OpmlCommand.class,
            ImportCommand.class,
            ParseCommand.class,
            ExtractCommand.class,
            SearchCommand.class,
            ReindexCommand.class,
            DemoCommand.class,
            UserCommand.class,
            HelpCommand.class
        })
final class NewsdeskCommand {

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
            defaultValue = "${env:NEWSDESK_DATA:-data}",
            description = "Data folder (database and search index). Default: ${DEFAULT-VALUE}.")
    Path dataDir;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "URL",
            defaultValue = "${env:NEWSDESK_DB}",
            description = "Database URL (jdbc:… or postgresql://user:pass@host/db). Default: SQLite in the data folder.")
    String databaseUrl;

    @Option(names = "--allow-private-networks", scope = ScopeType.INHERIT, paramLabel = "true|false",
            defaultValue = "${env:NEWSDESK_ALLOW_PRIVATE_NETWORKS:-false}", fallbackValue = "true", arity = "0..1",
            description = "Allow fetching from loopback, private and link-local addresses (tests, home networks).")
    boolean allowPrivateNetworks;

    /** The configuration these options describe. */
    NewsdeskConfig config() {
        return NewsdeskConfig.defaults(dataDir)
                .withDatabaseUrl(databaseUrl)
                .withAllowPrivateNetworks(allowPrivateNetworks);
    }

    /** Opens the data folder these options name. */
    Newsdesk open() {
        return Newsdesk.open(config());
    }
}
