package io.newsdesk.bench.corpus;

/** Writes a generated feed as a document in one format, UTF-8 encoded. */
interface FeedWriter {

    byte[] write(SyntheticFeed feed);
}
