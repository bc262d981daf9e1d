package io.newsdesk.e2e.http;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskConfig;
import io.newsdesk.web.WebServer;
import io.newsdesk.web.WebSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A server process like {@code newsdesk --data DIR serve --port 0 --allow-private-networks}, but
 * checking each feed every one to two seconds instead of every ten minutes at the least: the
 * command line offers no setting for the poll interval, and a test cannot wait ten minutes.
 * Arguments: {@code --data DIR}.
 */
final class FastPollingServer {

    private static final Duration SHORTEST_INTERVAL = Duration.ofSeconds(1);
    private static final Duration LONGEST_INTERVAL = Duration.ofSeconds(2);

    private FastPollingServer() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2 || !args[0].equals("--data")) {
            throw new IllegalArgumentException("usage: FastPollingServer --data DIR");
        }
        Newsdesk newsdesk = Newsdesk.open(NewsdeskConfig.defaults(Path.of(args[1]))
                .withAllowPrivateNetworks(true)
                .withPollIntervals(SHORTEST_INTERVAL, LONGEST_INTERVAL));
        newsdesk.startBackgroundWork();
        WebServer server = WebServer.start(newsdesk, WebSettings.defaults().withPort(0));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            newsdesk.close();
            stopped.countDown();
        }));
        // The line ServerProcess waits for, as `newsdesk serve` prints it.
        System.out.printf("Newsdesk is running at http://127.0.0.1:%d/ (polling every %d to %d s)%n",
                server.port(), SHORTEST_INTERVAL.toSeconds(), LONGEST_INTERVAL.toSeconds());
        System.out.flush();
        stopped.await();
    }
}
