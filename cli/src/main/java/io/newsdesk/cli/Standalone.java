package io.newsdesk.cli;

import io.newsdesk.extract.ArticleExtractor;
import io.newsdesk.service.imports.Documents;
import java.time.Clock;

/** Document reading for commands that store nothing and so never open the data folder. */
final class Standalone {

    private Standalone() {}

    static Documents documents() {
        return new Documents(new ArticleExtractor(), Clock.systemUTC());
    }
}
