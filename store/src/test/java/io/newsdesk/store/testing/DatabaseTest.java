package io.newsdesk.store.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test method once against SQLite and once against PostgreSQL, each time with a fresh
 * database. The method may declare parameters of type {@link io.newsdesk.store.Database} (the open
 * database), {@link TestDatabase} (to open a second instance or get its location) and {@link
 * io.newsdesk.store.Dialect}.
 *
 * <pre>{@code
 * @DatabaseTest
 * void storesEntries(Database db) { … }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(BothDatabasesExtension.class)
public @interface DatabaseTest {}
