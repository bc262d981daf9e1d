package io.newsdesk.bench.polling;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The feed server in a process of its own, so that the Newsdesk process's CPU time and heap are
 * Newsdesk's alone. Started by {@link ServerProcess} with the settings as arguments; it prints one
 * JSON line with the hosts' addresses once it listens, then answers commands on standard input,
 * one JSON line each: {@code cycle N} starts cycle N, {@code stats} reports the counts. It stops
 * when standard input closes, so it never outlives the benchmark.
 */
public final class PollingServerMain {

    private PollingServerMain() {}

    public static void main(String[] args) {
        ObjectMapper json = new ObjectMapper();
        // Standard output is the protocol, not a log.
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (PollingServer server = PollingServer.start(ServerSettings.fromArguments(List.of(args)));
                BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            out.println(json.writeValueAsString(Map.of("addresses", server.addresses())));
            for (String command = commands.readLine(); command != null; command = commands.readLine()) {
                if (command.startsWith("cycle ")) {
                    int cycle = Integer.parseInt(command.substring("cycle ".length()).strip());
                    server.startCycle(cycle);
                    out.println(json.writeValueAsString(Map.of("cycle", cycle)));
                } else if (command.equals("stats")) {
                    out.println(json.writeValueAsString(server.stats()));
                } else {
                    out.println(json.writeValueAsString(Map.of("error", "unknown command: " + command)));
                }
            }
        } catch (Exception e) {
            System.err.println("polling feed server: " + e.getMessage());
            System.exit(1);
        }
    }
}
