package io.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

class MigrationTest {

    @DatabaseTest
    void createsTheSchemaWithTheLocalOwner(TestDatabase test) throws SQLException {
        try (Connection connection = connect(test); Statement statement = connection.createStatement()) {
            try (ResultSet owner = statement.executeQuery("SELECT id, username, password_hash, is_admin FROM users")) {
                assertThat(owner.next()).isTrue();
                assertThat(owner.getLong("id")).isEqualTo(1);
                assertThat(owner.getString("username")).isEqualTo("owner");
                assertThat(owner.getString("password_hash")).isNull();
                assertThat(owner.getBoolean("is_admin")).isTrue();
                assertThat(owner.next()).isFalse();
            }
            for (String table : List.of("categories", "feeds", "subscriptions", "entries", "entry_states",
                    "search_tombstones", "settings", "websub_subscriptions", "websub_discovery", "entry_full_texts",
                    "sessions", "api_tokens")) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    assertThat(rows.getLong(1)).as(table).isZero();
                }
            }
        }
    }

    @DatabaseTest
    void reopeningAMigratedDatabaseKeepsItsData(TestDatabase test) {
        test.database().settings().put("marker", "kept");

        try (Database again = test.openAnother()) {
            assertThat(again.settings().get("marker")).contains("kept");
        }
    }

    @DatabaseTest
    void recordsOneAppliedMigrationPerVersion(TestDatabase test) throws SQLException {
        test.openAnother();
        List<String> versions = new ArrayList<>();
        try (Connection connection = connect(test);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        assertThat(versions).containsExactly("1", "2", "3", "4");
    }

    private static Connection connect(TestDatabase test) throws SQLException {
        DatabaseLocation location = DatabaseLocation.parse(test.location());
        return DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
    }
}
