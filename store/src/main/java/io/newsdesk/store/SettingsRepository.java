package io.newsdesk.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Small key/value state that must survive a restart and be seen by every process, such as a
 * requested rebuild of the search index.
 *
 * @see Database#settings()
 */
public final class SettingsRepository {

    private final DatabaseAccess access;

    SettingsRepository(DatabaseAccess access) {
        this.access = access;
    }

    /** The value of the setting, if it is set. */
    public Optional<String> get(String key) {
        return access.read("read setting " + key, handle -> handle.createQuery(
                        "SELECT value FROM settings WHERE key = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findOne());
    }

    /** Sets the value, replacing any earlier one. */
    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value (use remove to clear a setting)");
        access.write("save setting " + key, handle -> handle.createUpdate("""
                        INSERT INTO settings (key, value) VALUES (:key, :value)
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value""")
                .bind("key", key)
                .bind("value", value)
                .execute());
    }

    /** Removes the setting; nothing happens when it is not set. */
    public void remove(String key) {
        access.write("remove setting " + key, handle -> handle.createUpdate("DELETE FROM settings WHERE key = :key")
                .bind("key", key)
                .execute());
    }
}
