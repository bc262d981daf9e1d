package io.newsdesk.cli;

import io.newsdesk.service.NewsdeskException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code newsdesk} command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (0 success, 1 failure, 2 usage error). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new NewsdeskCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (exception instanceof NewsdeskException known) {
                err.println("newsdesk: " + known.getMessage());
            } else {
                err.println("newsdesk: unexpected error: " + exception);
                exception.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return commandLine;
    }
}
