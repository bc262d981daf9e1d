package io.newsdesk.e2e.support;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A new JVM on this test run's own JDK and class path, so that the processes the tests start run
 * exactly the code under test, as the {@code newsdesk} launcher would.
 */
public final class JavaCommand {

    /** The environment variables that would point a process at other data, ports or databases. */
    private static final String OWN_VARIABLES_PREFIX = "NEWSDESK_";

    private JavaCommand() {}

    /**
     * A process builder for {@code mainClass} with {@code arguments}. The environment has none of
     * Newsdesk's own variables, so only the arguments decide what the process does, and standard
     * input is empty, as in a CI job: nothing may wait for a keyboard.
     */
    public static ProcessBuilder of(String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Xmx512m");
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith(OWN_VARIABLES_PREFIX));
        return builder;
    }
}
