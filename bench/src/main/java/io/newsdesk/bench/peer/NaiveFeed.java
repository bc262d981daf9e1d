package io.newsdesk.bench.peer;

import java.util.List;

/** A feed as the naive peer reads it: its title and entries. */
record NaiveFeed(String title, List<NaiveEntry> entries) {}
