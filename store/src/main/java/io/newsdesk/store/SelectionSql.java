package io.newsdesk.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The WHERE clause and ORDER BY of an {@link EntrySelection}, over the aliases of a listing of one
 * user's entries ({@code e} entries, {@code s} the user's subscriptions, {@code st} the user's
 * states, {@code c} categories). The SQL is made of fixed fragments only; every value is bound.
 */
record SelectionSql(String where, String orderBy, List<Consumer<SqlStatement<?>>> binders) {

    static SelectionSql of(EntrySelection selection) {
        List<String> clauses = new ArrayList<>();
        List<Consumer<SqlStatement<?>>> binders = new ArrayList<>();
        scope(selection.scope(), clauses, binders);
        switch (selection.status()) {
            case UNREAD -> clauses.add("NOT COALESCE(st.read, FALSE)");
            case READ -> clauses.add("COALESCE(st.read, FALSE)");
            case ALL -> { }
        }
        if (selection.starred() != null) {
            clauses.add(selection.starred() ? "COALESCE(st.starred, FALSE)" : "NOT COALESCE(st.starred, FALSE)");
        }
        if (selection.ids() != null) {
            clauses.add("e.id IN (<ids>)");
            binders.add(s -> s.bindList("ids", selection.ids()));
        }
        bound(clauses, binders, "e.id > :after_id", "after_id", selection.afterId());
        bound(clauses, binders, "e.id < :before_id", "before_id", selection.beforeId());
        time(clauses, binders, "e.sort_at > :published_after", "published_after", selection.publishedAfter());
        time(clauses, binders, "e.sort_at < :published_before", "published_before", selection.publishedBefore());
        time(clauses, binders, "e.changed_at > :changed_after", "changed_after", selection.changedAfter());
        time(clauses, binders, "e.changed_at < :changed_before", "changed_before", selection.changedBefore());
        time(clauses, binders, "e.created_at >= :stored_after", "stored_after", selection.storedAfter());
        time(clauses, binders, "e.created_at <= :stored_before", "stored_before", selection.storedBefore());
        String direction = selection.descending() ? "DESC" : "ASC";
        if (selection.after() != null) {
            clauses.add(cursor(selection.order(), selection.descending()));
            binders.add(s -> s.bind("cursor_id", selection.after()));
        }
        String where = clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses) + "\n";
        String orderBy = "ORDER BY " + selection.order().expression() + " " + direction + ", e.id " + direction + "\n";
        return new SelectionSql(where, orderBy, binders);
    }

    /** The condition a scope puts on the entries' subscription. */
    static String scopeCondition(FeedScope scope) {
        return switch (scope) {
            case FeedScope.AllFeeds all -> "TRUE";
            case FeedScope.OneFeed feed -> "e.feed_id = :scope_feed_id";
            case FeedScope.OneCategory category -> "s.category_id = :scope_category_id";
            case FeedScope.Uncategorized none -> "s.category_id IS NULL";
        };
    }

    /** Binds the values of {@link #scopeCondition}. */
    static void bindScope(SqlStatement<?> statement, FeedScope scope) {
        switch (scope) {
            case FeedScope.OneFeed feed -> statement.bind("scope_feed_id", feed.feedId());
            case FeedScope.OneCategory category -> statement.bind("scope_category_id", category.categoryId());
            case FeedScope.AllFeeds all -> { }
            case FeedScope.Uncategorized none -> { }
        }
    }

    private static void scope(FeedScope scope, List<String> clauses, List<Consumer<SqlStatement<?>>> binders) {
        if (!(scope instanceof FeedScope.AllFeeds)) {
            clauses.add(scopeCondition(scope));
            binders.add(s -> bindScope(s, scope));
        }
    }

    /**
     * Entries after the cursor entry in the order: a larger (or, descending, smaller) key, or the
     * same key and a larger (smaller) id. The cursor's key is read in the same statement, so a
     * cursor stays valid however the entries around it changed; a vanished cursor entry gives NULL
     * comparisons, which match nothing.
     */
    private static String cursor(EntryOrder order, boolean descending) {
        String key = order.expression();
        String cursorKey = "(SELECT x." + order.entryColumn() + " FROM entries x WHERE x.id = :cursor_id)";
        String beyond = descending ? "<" : ">";
        return "(" + key + " " + beyond + " " + cursorKey + " OR (" + key + " = " + cursorKey
                + " AND e.id " + beyond + " :cursor_id))";
    }

    private static void bound(List<String> clauses, List<Consumer<SqlStatement<?>>> binders, String clause,
            String name, Long value) {
        if (value != null) {
            clauses.add(clause);
            binders.add(s -> s.bind(name, value));
        }
    }

    private static void time(List<String> clauses, List<Consumer<SqlStatement<?>>> binders, String clause,
            String name, Instant value) {
        bound(clauses, binders, clause, name, Columns.millis(value));
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        binders.forEach(binder -> binder.accept(statement));
        return statement;
    }
}
