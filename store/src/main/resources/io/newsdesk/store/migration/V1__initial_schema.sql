-- Newsdesk's schema, version 1. The same script runs on SQLite and PostgreSQL; Flyway placeholders
-- (id, bool_true, bool_false, now_millis) absorb the differences: see Dialect.
-- Times are epoch milliseconds in BIGINT columns in both databases. JSON columns hold text.

-- Per-user from the start: every user's state hangs off a user row, though there is one user today.
CREATE TABLE users (
    id            ${id},
    username      TEXT    NOT NULL UNIQUE,
    password_hash TEXT,
    is_admin      BOOLEAN NOT NULL DEFAULT ${bool_false},
    created_at    BIGINT  NOT NULL
);

-- The local owner. The first row of a fresh table, so it gets id 1 in both databases.
INSERT INTO users (username, password_hash, is_admin, created_at)
VALUES ('owner', NULL, ${bool_true}, ${now_millis});

CREATE TABLE categories (
    id      ${id},
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title   TEXT   NOT NULL,
    UNIQUE (user_id, title)
);

-- A feed is fetched and stored once, however many users subscribe to it.
CREATE TABLE feeds (
    id                     ${id},
    url                    TEXT    NOT NULL UNIQUE,
    kind                   TEXT    NOT NULL CHECK (kind IN ('remote', 'local')),
    title                  TEXT,
    site_url               TEXT,
    description            TEXT,
    language               TEXT,
    icon_url               TEXT,
    format                 TEXT,
    etag                   TEXT,
    last_modified          TEXT,
    last_checked_at        BIGINT,
    next_check_at          BIGINT  NOT NULL DEFAULT 0,
    check_interval_seconds BIGINT,
    error_count            INTEGER NOT NULL DEFAULT 0,
    last_error             TEXT,
    last_status            INTEGER,
    disabled               BOOLEAN NOT NULL DEFAULT ${bool_false},
    created_at             BIGINT  NOT NULL
);

CREATE INDEX feeds_next_check ON feeds (next_check_at);

CREATE TABLE subscriptions (
    id          ${id},
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    feed_id     BIGINT NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    category_id BIGINT REFERENCES categories (id) ON DELETE SET NULL,
    title       TEXT,
    created_at  BIGINT NOT NULL,
    UNIQUE (user_id, feed_id)
);

CREATE INDEX subscriptions_feed ON subscriptions (feed_id);
CREATE INDEX subscriptions_category ON subscriptions (category_id);

-- dedup_key identifies an entry within its feed (guid, else link, else a hash of its text);
-- content_hash fingerprints everything stored, so an unchanged entry is never rewritten.
-- revision counts content changes; the search index has applied indexed_revision.
CREATE TABLE entries (
    id                  ${id},
    feed_id             BIGINT  NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    dedup_key           TEXT    NOT NULL,
    guid                TEXT,
    link                TEXT,
    title               TEXT,
    published_at        BIGINT,
    published_precision TEXT,
    updated_at          BIGINT,
    sort_at             BIGINT  NOT NULL,
    authors             TEXT,
    summary             TEXT,
    content             TEXT,
    dek                 TEXT,
    categories          TEXT,
    enclosures          TEXT,
    source_name         TEXT,
    source_url          TEXT,
    teaser              BOOLEAN NOT NULL DEFAULT ${bool_false},
    item_count          INTEGER,
    language            TEXT,
    image_url           TEXT,
    content_hash        TEXT    NOT NULL,
    created_at          BIGINT  NOT NULL,
    changed_at          BIGINT  NOT NULL,
    revision            BIGINT  NOT NULL DEFAULT 1,
    indexed_revision    BIGINT  NOT NULL DEFAULT 0,
    UNIQUE (feed_id, dedup_key)
);

CREATE INDEX entries_feed_sort ON entries (feed_id, sort_at DESC, id DESC);
CREATE INDEX entries_sort ON entries (sort_at DESC, id DESC);
CREATE INDEX entries_pending_index ON entries (id) WHERE revision <> indexed_revision;

-- No row means unread and not starred.
CREATE TABLE entry_states (
    user_id    BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    entry_id   BIGINT  NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    read       BOOLEAN NOT NULL DEFAULT ${bool_false},
    starred    BOOLEAN NOT NULL DEFAULT ${bool_false},
    changed_at BIGINT  NOT NULL,
    PRIMARY KEY (user_id, entry_id)
);

CREATE INDEX entry_states_entry ON entry_states (entry_id);

-- Deletions the search index still has to apply; it may be held by another process when they happen.
CREATE TABLE search_tombstones (
    id         ${id},
    entry_id   BIGINT,
    feed_id    BIGINT,
    created_at BIGINT NOT NULL,
    CHECK (entry_id IS NOT NULL OR feed_id IS NOT NULL)
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
