package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalOptionsTest {

    @TempDir
    Path temp;

    @Test
    void theDataFolderMayBeGivenBeforeOrAfterTheSubcommand() {
        Path data = temp.resolve("data");
        Cli.run("--data", data.toString(), "import", Fixtures.teaser().toString()).succeeded();

        String before = Cli.run("--data", data.toString(), "feed", "list").succeeded().out();
        String after = Cli.run("feed", "list", "--data", data.toString()).succeeded().out();
        String between = Cli.run("feed", "--data", data.toString(), "list").succeeded().out();

        assertThat(before).contains("Imported articles");
        assertThat(after).isEqualTo(before);
        assertThat(between).isEqualTo(before);
    }

    @Test
    void theDatabaseMayLiveOutsideTheDataFolder() {
        Path data = temp.resolve("data");
        String database = "jdbc:sqlite:" + temp.resolve("elsewhere.db");

        Cli.run("--data", data.toString(), "--db", database, "import", Fixtures.teaser().toString()).succeeded();

        assertThat(temp.resolve("elsewhere.db")).exists();
        assertThat(data.resolve("newsdesk.db")).doesNotExist();
        assertThat(Cli.run("feed", "list", "--json", "--data", data.toString(), "--db", database)
                .succeeded().json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void allowingPrivateNetworksTakesNoValueUnlessOneIsGiven() {
        Path data = temp.resolve("data");

        assertThat(Cli.run("--allow-private-networks", "--data", data.toString(), "feed", "list").exitCode()).isZero();
        assertThat(Cli.run("--data", data.toString(), "--allow-private-networks=false", "feed", "list").exitCode())
                .isZero();
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result result = Cli.run("frobnicate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("'frobnicate'").contains("Usage: newsdesk").contains("Commands:");
    }

    @Test
    void aCommandGroupWithoutItsSubcommandIsAUsageError() {
        Cli.Result result = Cli.run("feed");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required subcommand").contains("Usage: newsdesk feed");
    }

    @Test
    void anInvalidOptionValueIsAUsageErrorNamingIt() {
        Cli.Result result = Cli.run("--data", temp.resolve("data").toString(), "feed", "remove", "seven");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'seven' is not a long").contains("Usage: newsdesk feed remove");
        assertThat(temp.resolve("data")).doesNotExist();
    }

    @Test
    void helpAndVersionGoToStandardOutput() {
        Cli.Result help = Cli.run("--help");
        Cli.Result version = Cli.run("--version");
        Cli.Result commandHelp = Cli.run("import", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: newsdesk").contains("serve").contains("reindex").contains("--data=DIR");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("newsdesk ");
        assertThat(commandHelp.out()).contains("Usage: newsdesk import").contains("FILE...");
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsOneLine() {
        Path file = Fixtures.write(temp, "a-file", "not a folder");

        Cli.Result result = Cli.run("--data", file.resolve("data").toString(), "feed", "list");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("newsdesk: cannot create the data folder ").hasLineCount(1);
    }
}
