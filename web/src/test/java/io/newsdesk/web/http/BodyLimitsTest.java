package io.newsdesk.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.ContentTooLargeResponse;
import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    private final BodyLimits limits = new BodyLimits(10, 100, Set.of("/upload"));

    @Test
    void readsAnUploadUpToTheLimit() {
        byte[] content = new byte[100];
        assertThat(limits.readUpload(new ByteArrayInputStream(content))).hasSize(100);
    }

    @Test
    void stopsReadingOneByteOverTheLimit() {
        assertThatThrownBy(() -> limits.readUpload(new ByteArrayInputStream(new byte[101])))
                .isInstanceOf(ContentTooLargeResponse.class)
                .hasMessage("request body too large: at most 100 bytes is accepted here");
    }

    @Test
    void recognisesAMultipartParserThatHitItsLimitDeepInTheCauses() {
        Exception jettyLike = new Exception("bad multipart", new IllegalArgumentException("400: bad multipart",
                new CompletionException(new IllegalStateException("max length exceeded: 10485760"))));
        assertThat(BodyLimits.exceededLimit(jettyLike)).isTrue();
        assertThat(BodyLimits.exceededLimit(new IllegalStateException("max file size exceeded: 10"))).isTrue();
    }

    @Test
    void otherMultipartFailuresAreNotSizeProblems() {
        assertThat(BodyLimits.exceededLimit(new Exception("bad multipart", new IllegalStateException("no boundary"))))
                .isFalse();
        assertThat(BodyLimits.exceededLimit(new IllegalArgumentException("max length exceeded: 10"))).isFalse();
    }

    @Test
    void aPathEndingInASlashCoversEveryPathBelowIt() {
        BodyLimits withPrefix = new BodyLimits(10, 100, Set.of("/upload", "/websub/callback/"));

        assertThat(withPrefix.takesUploads("/upload")).isTrue();
        assertThat(withPrefix.takesUploads("/websub/callback/a1B2")).isTrue();
        assertThat(withPrefix.takesUploads("/upload/more")).as("a path without a slash is exact").isFalse();
        assertThat(withPrefix.takesUploads("/websub/callbacks")).isFalse();
        assertThat(withPrefix.takesUploads("/api/v1/feeds")).isFalse();
    }

    @Test
    void namesSizesAsPeopleReadThem() {
        assertThat(BodyLimits.size(1024L * 1024)).isEqualTo("1 MiB");
        assertThat(BodyLimits.size(10L * 1024 * 1024)).isEqualTo("10 MiB");
        assertThat(BodyLimits.size(512 * 1024)).isEqualTo("512 KiB");
        assertThat(BodyLimits.size(1500)).isEqualTo("1500 bytes");
        assertThat(BodyLimits.size(1)).isEqualTo("1 byte");
    }
}
