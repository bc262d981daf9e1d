package io.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads users from result sets; the column names are the {@code users} table's. */
final class UserRows {

    /** The columns {@link #user} reads, prefixed with the {@code users} table's alias {@code u}. */
    static final String COLUMNS = "u.id AS user_id, u.username, u.password_hash, u.is_admin, u.created_at AS user_created_at";

    private UserRows() {}

    static StoredUser user(ResultSet rs) throws SQLException {
        return new StoredUser(
                rs.getLong("user_id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getBoolean("is_admin"),
                Columns.instant(rs, "user_created_at"));
    }
}
