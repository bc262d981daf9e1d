package io.newsdesk.bench.signin;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.service.accounts.AccountService;
import io.newsdesk.service.accounts.LoginOutcome;
import io.newsdesk.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Runs the attempts. Each wrong password or unknown name comes from its own made-up address and
 * name, so that throttling (which would answer at once) never kicks in.
 */
final class SignInBenchmark {

    private static final int PEER_ITERATIONS = 600_000;
    private static final String PASSWORD = "correct horse battery staple";

    private final int runs;
    private final int warmup;
    private final PrintWriter progress;

    SignInBenchmark(int runs, int warmup, PrintWriter progress) {
        this.runs = runs;
        this.warmup = warmup;
        this.progress = progress;
    }

    SignInReport run() throws BenchmarkException {
        Path folder = temporaryFolder();
        try (Database database = Database.open(folder.resolve("newsdesk.db").toString())) {
            AccountService accounts = new AccountService(database, Clock.systemUTC());
            int attempts = runs + warmup;
            progress.println("Adding " + attempts + " users…");
            for (int i = 0; i < attempts; i++) {
                accounts.users().add("user" + i, PASSWORD, i == 0);
            }
            String token = accounts.tokens().create(1, "bench").secret();
            SignInReport report = new SignInReport();
            report.add(SignInReport.RIGHT, time("right password",
                    i -> accounts.login("user" + i, PASSWORD, address(i)) instanceof LoginOutcome.Success));
            // What a reader app sending Basic credentials with every request pays after its first.
            report.add("Newsdesk sign-in, the same password again", time("repeated right password",
                    i -> accounts.login("user" + i, PASSWORD, address(i)) instanceof LoginOutcome.Success));
            report.add("Newsdesk sign-in, wrong password", time("wrong password",
                    i -> accounts.login("user" + i, "wrong " + i, address(1000 + i)) instanceof LoginOutcome.Refused));
            report.add("Newsdesk sign-in, unknown name", time("unknown name",
                    i -> accounts.login("nobody" + i, PASSWORD, address(2000 + i)) instanceof LoginOutcome.Refused));
            report.add("Newsdesk API token check", time("token", i -> accounts.authenticateToken(token).isPresent()));
            report.add(SignInReport.PEER, time("PBKDF2 peer", SignInBenchmark::pbkdf2));
            return report;
        } finally {
            deleteRecursively(folder);
        }
    }

    private long[] time(String what, IntPredicate attempt) throws BenchmarkException {
        progress.println("Timing " + what + "…");
        long[] nanos = new long[runs];
        for (int i = 0; i < runs + warmup; i++) {
            long start = System.nanoTime();
            boolean expected = attempt.test(i);
            long elapsed = System.nanoTime() - start;
            if (!expected) {
                throw new BenchmarkException("attempt " + i + " (" + what + ") did not give the expected answer");
            }
            if (i >= warmup) {
                nanos[i - warmup] = elapsed;
            }
        }
        return nanos;
    }

    private static boolean pbkdf2(int attempt) {
        try {
            byte[] salt = ("salt-" + attempt).getBytes(StandardCharsets.UTF_8);
            PBEKeySpec spec = new PBEKeySpec(PASSWORD.toCharArray(), salt, PEER_ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded().length == 32;
        } catch (GeneralSecurityException e) {
            // Reported as an unexpected answer by the caller.
            return false;
        }
    }

    private static String address(int i) {
        return "198.18." + (i / 250) + "." + (i % 250 + 1);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("newsdesk-bench-signin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
