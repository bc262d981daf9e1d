package io.newsdesk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.web.WebServer;
import io.newsdesk.web.WebSettings;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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

    @Override
    public Integer call() throws InterruptedException {
        if (System.getenv("NEWSDESK_LOG_LEVEL") == null) {
            // A server's operator wants to see it start, poll and fail; commands stay quiet.
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        }
        Newsdesk newsdesk = open();
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
