package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoticeTest {

    @Test
    void importWithoutFailuresIsASuccess() {
        assertThat(Notice.opmlImported(3, 0)).isEqualTo(Notice.success("3 feeds imported"));
        assertThat(Notice.opmlImported(1, 0)).isEqualTo(Notice.success("1 feed imported"));
    }

    @Test
    void partialImportIsAWarningAndFailedImportAnError() {
        assertThat(Notice.opmlImported(3, 1)).isEqualTo(Notice.warning("3 feeds imported, 1 failed"));
        assertThat(Notice.opmlImported(0, 2)).isEqualTo(Notice.error("0 feeds imported, 2 failed"));
    }

    @Test
    void emptyImportSaysTheFileHeldNothing() {
        Notice notice = Notice.opmlImported(0, 0);

        assertThat(notice.kind()).isEqualTo(Notice.Kind.INFO);
        assertThat(notice.message()).contains("no feeds");
    }

    @Test
    void onlyWarningsAndErrorsAreUrgent() {
        assertThat(Notice.success("x").urgent()).isFalse();
        assertThat(Notice.info("x").urgent()).isFalse();
        assertThat(Notice.warning("x").urgent()).isTrue();
        assertThat(Notice.error("x").urgent()).isTrue();
    }
}
