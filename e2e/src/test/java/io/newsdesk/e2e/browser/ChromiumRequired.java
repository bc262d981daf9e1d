package io.newsdesk.e2e.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test class only where Debian's {@code chromium} and {@code chromium-driver} are
 * installed. Elsewhere the class is skipped with the reason, before its server starts; on CI
 * (environment variable {@code CI=true}), where they are installed on purpose, a missing binary
 * fails the run instead, so the browser test can never be skipped there unnoticed.
 */
final class ChromiumRequired implements ExecutionCondition {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return evaluate(List.of(BROWSER, DRIVER), System.getenv("CI"));
    }

    /**
     * Whether tests needing {@code binaries} may run.
     *
     * @param ci the value of the {@code CI} environment variable, or {@code null}
     * @throws ExtensionConfigurationException when a binary is missing on CI
     */
    static ConditionEvaluationResult evaluate(List<Path> binaries, String ci) {
        List<Path> missing = binaries.stream().filter(path -> !Files.isExecutable(path)).toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver are installed");
        }
        String reason = "the browser test needs Debian's chromium and chromium-driver, but " + missing
                + " is missing (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(ci)) {
            throw new ExtensionConfigurationException("on CI " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
