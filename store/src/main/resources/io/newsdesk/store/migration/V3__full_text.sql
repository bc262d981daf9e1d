-- Full text: the article pages behind feed entries, fetched and extracted in the background.
-- Same placeholders as V1. Times are epoch milliseconds.

-- Per feed, whether the pages of its new entries are fetched. 'on' and 'off' are the user's
-- choice; 'auto' decides from the feed's recent entries (are they teasers?) and remembers it.
ALTER TABLE feeds ADD COLUMN full_text TEXT NOT NULL DEFAULT 'auto'
    CHECK (full_text IN ('auto', 'on', 'off'));
-- What 'auto' decided: NULL until decided, then whether to fetch, why (in words), and when.
ALTER TABLE feeds ADD COLUMN full_text_auto BOOLEAN;
ALTER TABLE feeds ADD COLUMN full_text_auto_reason TEXT;
ALTER TABLE feeds ADD COLUMN full_text_decided_at BIGINT;
-- When 'auto' looks at the feed's entries (again); NULL for as soon as possible.
ALTER TABLE feeds ADD COLUMN full_text_decide_at BIGINT;

-- One row per entry whose page is wanted: the queue while it waits (next_attempt_at set), the
-- extracted article once fetched, or why it could not be. The entry's own teaser is never touched.
CREATE TABLE entry_full_texts (
    entry_id        BIGINT  PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
    status          TEXT    NOT NULL CHECK (status IN ('pending', 'retrying', 'fetched', 'failed')),
    -- The page asked for (the entry's link when it was queued) and where it was found after redirects.
    page_url        TEXT    NOT NULL,
    final_url       TEXT,
    -- The article: sanitized HTML with absolute URLs, plain text, and what the page said about it.
    html            TEXT,
    text            TEXT,
    byline          TEXT,
    lead_image      TEXT,
    published_at    BIGINT,
    site_name       TEXT,
    fetched_at      BIGINT,
    -- The last attempt and, after a failure, its kind (a code), its message and the HTTP status.
    attempted_at    BIGINT,
    http_status     INTEGER,
    error_code      TEXT,
    error           TEXT,
    attempts        INTEGER NOT NULL DEFAULT 0,
    -- When the worker (next) tries; NULL once fetched or given up. A worker that takes the row
    -- moves it to the end of its lease, so a crash mid-fetch only delays the page.
    next_attempt_at BIGINT,
    created_at      BIGINT  NOT NULL
);

CREATE INDEX entry_full_texts_due ON entry_full_texts (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
