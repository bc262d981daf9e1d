package io.newsdesk.bench.polling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the polling benchmark's feed server serves.
 *
 * @param feeds how many feeds
 * @param hosts over how many loopback addresses (127.0.0.1 …) they are spread
 * @param mix how the feeds behave
 * @param seed for the mix and the delays
 * @param changedPercent the share of serving feeds that have a new story from the second cycle on
 * @param fastestSlow the shortest delay of a slow feed
 * @param slowest the longest delay of a slow feed
 * @param perHostBound how many requests at once per host the client is meant to keep, which the
 *     server's count needs to tell a hang-up on its way from a request too many
 */
public record ServerSettings(
        int feeds,
        int hosts,
        FeedMix mix,
        long seed,
        double changedPercent,
        Duration fastestSlow,
        Duration slowest,
        int perHostBound) {

    /** @throws IllegalArgumentException naming the value out of range */
    public ServerSettings {
        if (feeds < 1) {
            throw new IllegalArgumentException("--feeds must be at least 1");
        }
        if (hosts < 1 || hosts > 254) {
            throw new IllegalArgumentException("--hosts must be between 1 and 254");
        }
        if (!(changedPercent >= 0 && changedPercent <= 100)) {
            throw new IllegalArgumentException("--changed must be a percentage");
        }
        if (fastestSlow.isNegative() || slowest.compareTo(fastestSlow) < 0) {
            throw new IllegalArgumentException("slow delays must satisfy 0 <= fastest <= slowest");
        }
        if (perHostBound < 1) {
            throw new IllegalArgumentException("the per-host bound must be at least 1");
        }
    }

    /** The settings as arguments of {@link PollingServerMain}, to start the server in a process of its own. */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add(String.valueOf(feeds));
        arguments.add(String.valueOf(hosts));
        arguments.add(mix.spec());
        arguments.add(String.valueOf(seed));
        arguments.add(String.valueOf(changedPercent));
        arguments.add(String.valueOf(fastestSlow.toMillis()));
        arguments.add(String.valueOf(slowest.toMillis()));
        arguments.add(String.valueOf(perHostBound));
        return arguments;
    }

    /** Reads what {@link #arguments()} wrote. */
    static ServerSettings fromArguments(List<String> arguments) {
        return new ServerSettings(
                Integer.parseInt(arguments.get(0)),
                Integer.parseInt(arguments.get(1)),
                FeedMix.parse(arguments.get(2)),
                Long.parseLong(arguments.get(3)),
                Double.parseDouble(arguments.get(4)),
                Duration.ofMillis(Long.parseLong(arguments.get(5))),
                Duration.ofMillis(Long.parseLong(arguments.get(6))),
                Integer.parseInt(arguments.get(7)));
    }
}
