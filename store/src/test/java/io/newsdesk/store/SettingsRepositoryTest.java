package io.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.store.testing.DatabaseTest;

class SettingsRepositoryTest {

    @DatabaseTest
    void settingsCanBeSetReplacedAndRemoved(Database db) {
        assertThat(db.settings().get("index.rebuild")).isEmpty();

        db.settings().put("index.rebuild", "requested");
        db.settings().put("index.rebuild", "running");
        db.settings().put("other", "x");

        assertThat(db.settings().get("index.rebuild")).contains("running");
        db.settings().remove("index.rebuild");
        db.settings().remove("never.set");
        assertThat(db.settings().get("index.rebuild")).isEmpty();
        assertThat(db.settings().get("other")).contains("x");
    }
}
