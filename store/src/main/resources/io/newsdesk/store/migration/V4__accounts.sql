-- Accounts: sign-in sessions, API tokens and the Fever key. Same placeholders as V1.
-- Times are epoch milliseconds. No secret is stored in a form that can be used as it is: session
-- ids and tokens are stored as SHA-256 digests (they are 256-bit random values, so a plain digest
-- is enough), passwords as Argon2id hashes in users.password_hash.

-- Fever clients authenticate with md5("username:password"), which is a password equivalent: only
-- its SHA-256 digest is kept, so that a key can be looked up without storing it.
ALTER TABLE users ADD COLUMN fever_key_hash TEXT;
CREATE UNIQUE INDEX users_fever_key ON users (fever_key_hash) WHERE fever_key_hash IS NOT NULL;

-- Usernames are ASCII (checked by the application), unique whatever their case, so that "Alice"
-- and "alice" cannot be two people.
CREATE UNIQUE INDEX users_username_folded ON users (LOWER(username));

-- A browser's sign-in. Shared by every server process on the database, so they survive restarts.
-- A session ends at expires_at, or earlier when unused for the idle timeout (last_seen_at is
-- refreshed now and then, not on every request).
CREATE TABLE sessions (
    id_hash      TEXT   PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL
);

CREATE INDEX sessions_user ON sessions (user_id);

-- Secrets that programs present instead of a password: tokens a user creates for an API client
-- ('api'), and the ones reader apps receive when they sign in with a password ('client_login'),
-- which end when unused for a while (expires_at, pushed back as they are used).
CREATE TABLE api_tokens (
    id           ${id},
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT   NOT NULL,
    kind         TEXT   NOT NULL CHECK (kind IN ('api', 'client_login')),
    token_hash   TEXT   NOT NULL UNIQUE,
    created_at   BIGINT NOT NULL,
    last_used_at BIGINT,
    expires_at   BIGINT
);

CREATE INDEX api_tokens_user ON api_tokens (user_id);
