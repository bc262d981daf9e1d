package io.newsdesk.store;

import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with the migrations in {@code io/newsdesk/store/migration}, the same
 * scripts for both engines with {@link Dialect#migrationPlaceholders() placeholders} for the
 * differences.
 *
 * <p>Several processes may open a new database at once. PostgreSQL is locked by Flyway. Flyway
 * cannot lock an SQLite schema, but it reads which migrations are applied inside the transaction
 * that applies the next one, and every transaction on our SQLite connections begins IMMEDIATE: a
 * second process waits for the first one's transaction and then finds the migration applied.
 */
final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    private static final String LOCATION = "classpath:io/newsdesk/store/migration";

    private Migrations() {}

    /**
     * Applies pending migrations.
     *
     * @throws StoreException when the schema is newer than this version of Newsdesk knows, or a
     *     migration fails
     */
    static void apply(DataSource dataSource, DatabaseLocation location) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .placeholders(location.dialect().migrationPlaceholders())
                .failOnMissingLocations(true)
                .load();
        try {
            refuseNewerSchema(flyway, location);
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                log.info("Updated the schema of {} to version {}", location, result.targetSchemaVersion);
            }
        } catch (FlywayException e) {
            throw new StoreException("cannot update the schema of the database at " + location + ": "
                    + e.getMessage(), e);
        }
    }

    /** An older Newsdesk must not write to a schema it does not know. */
    private static void refuseNewerSchema(Flyway flyway, DatabaseLocation location) {
        Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS)
                .max(Comparator.comparing(MigrationInfo::getVersion))
                .ifPresent(newest -> {
                    throw new StoreException("the database at " + location + " has schema version "
                            + newest.getVersion() + ", written by a newer version of Newsdesk; "
                            + "upgrade Newsdesk to open it");
                });
    }
}
