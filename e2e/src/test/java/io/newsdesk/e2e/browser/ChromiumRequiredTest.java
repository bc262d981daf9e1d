package io.newsdesk.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;

class ChromiumRequiredTest {

    @TempDir
    Path dir;

    @Test
    void runsWhenEveryBinaryIsInstalled() throws IOException {
        ConditionEvaluationResult result = ChromiumRequired.evaluate(List.of(executable("chromium")), "true");

        assertThat(result.isDisabled()).isFalse();
    }

    @Test
    void skipsWithTheReasonWhenABinaryIsMissingOutsideCi() throws IOException {
        Path missing = dir.resolve("chromedriver");

        ConditionEvaluationResult result = ChromiumRequired.evaluate(List.of(executable("chromium"), missing), null);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).get(STRING)
                .contains(missing.toString()).contains("apt-get install chromium chromium-driver");
    }

    @Test
    void aFileThatCannotBeRunCountsAsMissing() throws IOException {
        Path notExecutable = Files.createFile(dir.resolve("chromium"));

        assertThat(ChromiumRequired.evaluate(List.of(notExecutable), "false").isDisabled()).isTrue();
    }

    @Test
    void failsWhenABinaryIsMissingOnCi() {
        Path missing = dir.resolve("chromium");

        assertThatThrownBy(() -> ChromiumRequired.evaluate(List.of(missing), "true"))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("on CI")
                .hasMessageContaining(missing.toString());
    }

    private Path executable(String name) throws IOException {
        Path file = Files.createFile(dir.resolve(name));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
