package io.newsdesk.e2e.readers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the newsboat tests only where Debian's {@code newsboat} (and {@code script}, from
 * util-linux, which gives it a terminal) are installed; elsewhere the class is skipped with the
 * reason before its server starts. On CI ({@code CI=true}), which installs newsboat on purpose, a
 * missing binary fails the run instead, so the test can never be skipped there unnoticed.
 */
final class NewsboatRequired implements ExecutionCondition {

    static final Path NEWSBOAT = Path.of("/usr/bin/newsboat");
    static final Path SCRIPT = Path.of("/usr/bin/script");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<Path> missing = List.of(NEWSBOAT, SCRIPT).stream().filter(path -> !Files.isExecutable(path)).toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("newsboat and script are installed");
        }
        String reason = "the reader-app test needs Debian's newsboat 2.21 and util-linux's script, but " + missing
                + " is missing (apt-get install newsboat)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new ExtensionConfigurationException("on CI " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
