package io.newsdesk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskConfig;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.websub.PublicUrl;
import io.newsdesk.web.WebServer;
import io.newsdesk.web.WebSettings;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code newsdesk serve}: the web UI, the REST API and background polling. */
@Command(name = "serve", description = "Run the server: web UI, REST API and background feed polling.")
final class ServeCommand extends Subcommand {

    @Option(names = "--port", paramLabel = "N", defaultValue = "${env:NEWSDESK_PORT:-8080}",
            description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "${env:NEWSDESK_BIND:-127.0.0.1}",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String bind;

    @Option(names = "--demo", description = "Load the bundled demo corpus before starting.")
    boolean demo;

    @Option(names = "--public-url", paramLabel = "URL", defaultValue = "${env:NEWSDESK_PUBLIC_URL}",
            description = "The address WebSub hubs reach this server at (its own, or its reverse proxy's), such as "
                    + "https://news.example.org/. With it, feeds that name a hub are pushed by it and polled rarely; "
                    + "without it, every feed is polled.")
    String publicUrl;

    private int pollConcurrency;
    private int perHost;

    @Option(names = "--poll-concurrency", paramLabel = "N", defaultValue = "${env:NEWSDESK_POLL_CONCURRENCY:-8}",
            description = "How many feeds are fetched at once in all (default ${DEFAULT-VALUE}).")
    void pollConcurrency(int value) {
        pollConcurrency = atLeastOne("--poll-concurrency", value);
    }

    @Option(names = "--per-host", paramLabel = "N", defaultValue = "${env:NEWSDESK_PER_HOST:-2}",
            description = "How many feeds are fetched at once from any one site (default ${DEFAULT-VALUE}).")
    void perHost(int value) {
        perHost = atLeastOne("--per-host", value);
    }

    private int atLeastOne(String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + " must be at least 1, not " + value);
        }
        return value;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (System.getenv("NEWSDESK_LOG_LEVEL") == null) {
            // A server's operator wants to see it start, poll and fail; commands stay quiet.
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        }
        NewsdeskConfig config = root().config().withPollConcurrency(pollConcurrency, perHost);
        Newsdesk newsdesk = Newsdesk.open(publicUrl == null || publicUrl.isBlank()
                ? config
                : config.withPublicUrl(PublicUrl.parse(publicUrl)));
        WebServer server;
        try {
            if (demo) {
                newsdesk.demo().load(Newsdesk.OWNER, ProgressListener.NONE);
            }
            newsdesk.startBackgroundWork();
            server = WebServer.start(newsdesk, WebSettings.defaults().withBindAddress(bind).withPort(port));
        } catch (RuntimeException e) {
            newsdesk.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            newsdesk.close();
            stopped.countDown();
        }, "newsdesk-shutdown"));
        out().printf("Newsdesk is running at http://%s:%d/ (data: %s). Press Ctrl+C to stop.%n",
                hostForUrl(bind), server.port(), root().dataDir.toAbsolutePath().normalize());
        out().flush();
        stopped.await();
        return 0;
    }

    private static String hostForUrl(String bind) {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }
}
