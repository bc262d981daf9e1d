package io.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueChars;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    @Test
    void readsAnSqliteJdbcUrl() {
        DatabaseLocation location = DatabaseLocation.parse("jdbc:sqlite:/var/lib/newsdesk/newsdesk.db");

        assertThat(location.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(location.sqliteFile()).isEqualTo(Path.of("/var/lib/newsdesk/newsdesk.db"));
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:sqlite:/var/lib/newsdesk/newsdesk.db");
        assertThat(location).hasToString("/var/lib/newsdesk/newsdesk.db");
    }

    @Test
    void readsAPlainPathOrFileUriAsAnAbsoluteSqliteFile() {
        DatabaseLocation relative = DatabaseLocation.parse("data/newsdesk.db");
        DatabaseLocation fileUri = DatabaseLocation.parse("jdbc:sqlite:file:/tmp/x.db?cache=shared");

        assertThat(relative.sqliteFile()).isEqualTo(Path.of("data/newsdesk.db").toAbsolutePath());
        assertThat(fileUri.sqliteFile()).isEqualTo(Path.of("/tmp/x.db"));
        assertThat(fileUri.jdbcUrl()).isEqualTo("jdbc:sqlite:/tmp/x.db");
    }

    @Test
    void refusesAnInMemorySqliteDatabase() {
        assertThatThrownBy(() -> DatabaseLocation.parse("jdbc:sqlite::memory:"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("in-memory");
        assertThatThrownBy(() -> DatabaseLocation.parse("jdbc:sqlite:file:shared?mode=memory"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("in-memory");
    }

    @Test
    void convertsALibpqUrlAndTakesTheCredentialsOut() {
        DatabaseLocation location =
                DatabaseLocation.parse("postgresql://news:s3cr%40t@db.example:6432/newsdesk?sslmode=require");

        assertThat(location.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6432/newsdesk?sslmode=require");
        assertThat(location.user()).isEqualTo("news");
        assertThat(location.password()).isEqualTo("s3cr@t");
        assertThat(location.server()).isEqualTo("db.example:6432");
        assertThat(location).hasToString("postgresql://db.example:6432/newsdesk");
    }

    @Test
    void acceptsThePostgresSchemeAndFillsInDefaults() {
        DatabaseLocation location = DatabaseLocation.parse("postgres://localhost/newsdesk");

        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/newsdesk");
        assertThat(location.server()).isEqualTo("localhost:5432");
        assertThat(location.user()).isNull();
        assertThat(location.password()).isNull();
        assertThat(DatabaseLocation.parse("postgresql://").jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/");
    }

    @Test
    void keepsSeveralHostsAndIpv6Addresses() {
        DatabaseLocation location = DatabaseLocation.parse("postgresql://u@[::1]:5433,backup.example/db");

        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433,backup.example/db");
        assertThat(location.server()).isEqualTo("[::1]:5433,backup.example:5432");
    }

    @Test
    void appliesLibpqQueryParametersTheWayLibpqDoes() {
        PostgresUrl url = PostgresUrl.fromLibpq("postgresql:///?host=db.example&port=5433&dbname=news%20desk"
                + "&user=reader&password=pw&application_name=newsdesk-cli&connect_timeout=5&sslmode=verify-full");

        assertThat(url.server()).isEqualTo("db.example:5433");
        assertThat(url.database()).isEqualTo("news desk");
        assertThat(url.user()).isEqualTo("reader");
        assertThat(url.password()).isEqualTo("pw");
        assertThat(url.parameters()).isEqualTo(Map.of(
                "ApplicationName", "newsdesk-cli", "connectTimeout", "5", "sslmode", "verify-full"));
        assertThat(url.jdbcUrl()).startsWith("jdbc:postgresql://db.example:5433/news+desk?")
                .doesNotContain("pw", "reader");
    }

    @Test
    void aPlusInALibpqUrlIsAPlus() {
        assertThat(DatabaseLocation.parse("postgresql://u:a+b@h/d").password()).isEqualTo("a+b");
    }

    @Test
    void takesCredentialsOutOfAPostgresJdbcUrl() {
        DatabaseLocation location =
                DatabaseLocation.parse("jdbc:postgresql://db.example/newsdesk?user=news&password=hunter2&ssl=true");

        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example/newsdesk?ssl=true");
        assertThat(location.user()).isEqualTo("news");
        assertThat(location.password()).isEqualTo("hunter2");
        assertThat(DatabaseLocation.parse("jdbc:postgresql:newsdesk").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost/newsdesk");
    }

    @Test
    void refusesUnixSocketsWithAHint() {
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://u:pw@/db?host=/var/run/postgresql"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Unix-domain sockets")
                .hasMessageContaining("localhost:5432")
                .hasMessageNotContaining(":pw@");
    }

    @Test
    void refusesABadPortOrEscapeWithoutShowingThePassword() {
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://u:topsecret@h:99999/db"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("'99999' is not a port number")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> DatabaseLocation.parse("postgresql://u:topsecret@h/d%zz"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("malformed %-escape")
                .hasMessageNotContaining("topsecret");
    }

    @Test
    void refusesOtherDatabasesWithoutShowingThePassword() {
        assertThatThrownBy(() -> DatabaseLocation.parse("mysql://root:topsecret@localhost/news"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("unsupported database location 'mysql://root:***@localhost/news'")
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> DatabaseLocation.parse("jdbc:h2:mem:x;password=topsecret"))
                .isInstanceOf(StoreException.class)
                .hasMessageNotContaining("topsecret");
        assertThatThrownBy(() -> DatabaseLocation.parse("  "))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no database location");
    }

    @Property
    void credentialsSurviveConversionAndNeverShowInTheUrlOrDescription(
            @ForAll @AlphaChars @NumericChars @NotBlank @StringLength(max = 12) String user,
            @ForAll @StringLength(min = 8, max = 30) @UniqueChars String password) {
        String url = "postgresql://" + encode(user) + ":" + encode(password) + "@db.example:5432/newsdesk";

        DatabaseLocation location = DatabaseLocation.parse(url);

        assertThat(location.user()).isEqualTo(user);
        assertThat(location.password()).isEqualTo(password);
        assertThat(location.jdbcUrl()).doesNotContain(password, encode(password));
        assertThat(location.toString()).doesNotContain(password, encode(password));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
