package io.newsdesk.cli;

import io.newsdesk.service.NewsdeskException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Entry point of the {@code newsdesk} command. */
public final class Main {

    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs one command line on the process's standard output and error.
     *
     * @return the exit code: 0 success, 1 failure, 2 usage error
     */
    public static int run(String... args) {
        return execute(commandLine(), args);
    }

    /**
     * Runs one command line, printing results to {@code out} and messages to {@code err}; for
     * embedding and tests.
     *
     * @return the exit code: 0 success, 1 failure, 2 usage error
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return execute(commandLine, args);
    }

    private static int execute(CommandLine commandLine, String... args) {
        Logging.routeJavaUtilLogging();
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return exitCode;
    }

    private static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new NewsdeskCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (exception instanceof NewsdeskException known) {
                err.println("newsdesk: " + known.getMessage());
            } else {
                // A bug, not bad input: one line for the user, the stack trace for whoever debugs it.
                log.debug("Command failed", exception);
                err.println("newsdesk: unexpected error: " + exception
                        + " (set NEWSDESK_LOG_LEVEL=debug for details)");
            }
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
        return commandLine;
    }
}
