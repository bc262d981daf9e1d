package io.newsdesk.bench.signin;

import io.newsdesk.bench.BenchmarkException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code signin}: what one password sign-in costs with Newsdesk's Argon2id parameters, whether a
 * wrong password or an unknown name costs the same, what a token check costs, and the peer:
 * PBKDF2-HMAC-SHA256 at OWASP's 600,000 iterations, timed in the same run.
 */
@Command(
        name = "signin",
        mixinStandardHelpOptions = true,
        description = {
            "Times sign-ins through Newsdesk's AccountService on a fresh SQLite database: the right password, a "
                    + "wrong one, an unknown name, an API token; and PBKDF2-HMAC-SHA256 (600,000 iterations) as "
                    + "the peer. Prints a Markdown report on standard output and progress on standard error."
        })
public final class SignInCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", defaultValue = "30", description = "timed attempts of each kind (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--warmup", defaultValue = "5", description = "untimed attempts first (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || warmup < 0) {
            err.println("newsdesk-bench signin: --runs must be at least 1 and --warmup at least 0");
            return 2;
        }
        try {
            SignInReport report = new SignInBenchmark(runs, warmup, err).run();
            out.print(report.markdown("bench/run-signin.sh --runs " + runs + " --warmup " + warmup));
            out.flush();
            return 0;
        } catch (BenchmarkException e) {
            err.println("newsdesk-bench signin: " + e.getMessage());
            return 1;
        }
    }
}
