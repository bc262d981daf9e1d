package io.newsdesk.bench.polling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.bench.BenchmarkException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link PollingServerMain} in a JVM of its own, driven over its standard input and output. It
 * runs on this JVM's Java and class path, with a heap of its own.
 */
public final class ServerProcess implements FeedHosts {

    private static final String SERVER_HEAP = "-Xmx1g";

    private final Process process;
    private final Writer commands;
    private final BufferedReader answers;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> addresses;

    private ServerProcess(Process process) throws BenchmarkException {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> listening = new ArrayList<>();
        read().get("addresses").forEach(address -> listening.add(address.asText()));
        this.addresses = List.copyOf(listening);
    }

    /**
     * Starts the server process and waits until it listens.
     *
     * @throws BenchmarkException when it cannot be started or fails before listening
     */
    public static ServerProcess start(ServerSettings settings) throws BenchmarkException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, SERVER_HEAP, "-cp", System.getProperty("java.class.path"),
                PollingServerMain.class.getName()));
        command.addAll(settings.arguments());
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                return new ServerProcess(process);
            } catch (BenchmarkException e) {
                process.destroyForcibly();
                throw e;
            }
        } catch (IOException e) {
            throw new BenchmarkException("cannot start the feed server process: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> addresses() {
        return addresses;
    }

    @Override
    public void startCycle(int cycle) throws BenchmarkException {
        send("cycle " + cycle);
        read();
    }

    @Override
    public ServerStats stats() throws BenchmarkException {
        send("stats");
        try {
            return json.treeToValue(read(), ServerStats.class);
        } catch (IOException e) {
            throw new BenchmarkException("the feed server's statistics cannot be read: " + e.getMessage(), e);
        }
    }

    private void send(String command) throws BenchmarkException {
        try {
            commands.write(command + "\n");
            commands.flush();
        } catch (IOException e) {
            throw new BenchmarkException("the feed server process is gone: " + e.getMessage(), e);
        }
    }

    private JsonNode read() throws BenchmarkException {
        try {
            String line = answers.readLine();
            if (line == null) {
                throw new BenchmarkException("the feed server process stopped (see its message above)");
            }
            JsonNode answer = json.readTree(line);
            if (answer.has("error")) {
                throw new BenchmarkException("the feed server refused a command: " + answer.get("error").asText());
            }
            return answer;
        } catch (IOException e) {
            throw new BenchmarkException("cannot read from the feed server process: " + e.getMessage(), e);
        }
    }

    /** Closes its input, which ends it, and waits a moment for it to go. */
    @Override
    public void close() {
        try {
            commands.close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
