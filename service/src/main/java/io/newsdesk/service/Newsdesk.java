package io.newsdesk.service;

import io.newsdesk.extract.ArticleExtractor;
import io.newsdesk.fetch.FetchSettings;
import io.newsdesk.fetch.Fetcher;
import io.newsdesk.service.accounts.AccountService;
import io.newsdesk.service.demo.DemoCorpus;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.service.feeds.ChecksInFlight;
import io.newsdesk.service.feeds.FeedRefresher;
import io.newsdesk.service.feeds.FeedService;
import io.newsdesk.service.feeds.HostLimits;
import io.newsdesk.service.feeds.HostPauses;
import io.newsdesk.service.feeds.PollPolicy;
import io.newsdesk.service.feeds.Poller;
import io.newsdesk.service.fulltext.FullTextService;
import io.newsdesk.service.fulltext.FullTextWorker;
import io.newsdesk.service.imports.Documents;
import io.newsdesk.service.imports.ImportService;
import io.newsdesk.service.reader.ReaderService;
import io.newsdesk.service.search.IndexSync;
import io.newsdesk.service.search.SearchIndexHandle;
import io.newsdesk.service.search.SearchService;
import io.newsdesk.service.websub.WebSub;
import io.newsdesk.store.Database;
import io.newsdesk.store.DatabaseLocation;
import io.newsdesk.store.StoreException;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Newsdesk on one data folder: opens the database and the search index, and wires the stages
 * (fetch → parse → extract → store/index) into the services the web layer and the CLI call.
 *
 * <p>Several processes may open the same data folder (a server and CLI commands): the database
 * handles concurrent writers, and the search index is written by whichever process holds it while
 * the others search it read-only.
 */
public final class Newsdesk implements AutoCloseable {

    /**
     * The first user: the local owner of a personal installation, whom the command line's commands
     * act for. The first administrator added while it has no password takes it over with its data.
     */
    public static final long OWNER = 1L;

    private static final Logger log = LoggerFactory.getLogger(Newsdesk.class);

    private final NewsdeskConfig config;
    private final Database database;
    private final SearchIndexHandle index;
    private final Fetcher fetcher;
    private final IndexSync indexSync;
    private final Poller poller;
    private final FeedService feeds;
    private final EntryService entries;
    private final SearchService search;
    private final Documents documents;
    private final ImportService imports;
    private final DemoCorpus demo;
    private final WebSub websub;
    private final AccountService accounts;
    private final FullTextWorker fullTextWorker;
    private final FullTextService fullText;
    private final ReaderService reader;

    private Newsdesk(NewsdeskConfig config, Database database, SearchIndexHandle index, Fetcher fetcher) {
        this.config = config;
        this.database = database;
        this.index = index;
        this.fetcher = fetcher;
        this.indexSync = new IndexSync(database, index, config.clock());
        PollPolicy policy = new PollPolicy(
                config.minPollInterval(), config.maxPollInterval(), RandomGenerator.getDefault());
        FeedRefresher refresher = new FeedRefresher(database, fetcher, policy, config.clock(), this::entriesStored);
        HostLimits limits = new HostLimits(config.pollConcurrency(), config.perHostConcurrency());
        HostPauses pauses = new HostPauses(config.clock(), config.maxPollInterval());
        ChecksInFlight inFlight = new ChecksInFlight();
        this.poller = new Poller(
                database.feeds(), refresher, limits, pauses, inFlight, config.clock(), Poller.DEFAULT_LONGEST_SLEEP);
        this.feeds = new FeedService(database, refresher, limits, pauses, inFlight, this::changed, config.clock());
        this.search = new SearchService(database, index);
        this.entries = new EntryService(database, search);
        ArticleExtractor extractor = new ArticleExtractor();
        this.documents = new Documents(extractor, config.clock());
        this.imports = new ImportService(database, documents, config.clock(), this::entriesStored);
        this.demo = new DemoCorpus(database, imports, documents, config.clock(), indexSync::signal);
        this.websub = WebSub.create(config, database, fetcher, refresher, limits);
        this.accounts = new AccountService(database, config.clock());
        this.fullTextWorker = new FullTextWorker(
                database, fetcher, extractor, limits, pauses, config.clock(), indexSync::signal);
        this.fullText = new FullTextService(database, fullTextWorker::wakeUp, config.clock());
        this.reader = new ReaderService(database, feeds);
    }

    /**
     * Opens the data folder, creating and migrating what is missing. On failure nothing is left
     * open.
     *
     * @throws NewsdeskException INVALID when the data folder cannot be a folder (a file is in the
     *     way), INTERNAL when the folder, the database or the index cannot be opened; the message
     *     names the place and the reason
     */
    public static Newsdesk open(NewsdeskConfig config) {
        DataFolder.create(config.dataDir());
        Database database;
        try {
            database = Database.open(DatabaseLocation.parse(config.databaseLocation()), config.clock());
        } catch (StoreException e) {
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL, e.getMessage(), e);
        }
        SearchIndexHandle index = null;
        Fetcher fetcher = null;
        try {
            index = new SearchIndexHandle(config.indexDir());
            fetcher = new Fetcher(fetchSettings(config));
            return new Newsdesk(config, database, index, fetcher);
        } catch (RuntimeException e) {
            closeAll(fetcher, index, database);
            if (e instanceof NewsdeskException known) {
                throw known;
            }
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL,
                    "cannot open Newsdesk in " + config.dataDir() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The fetcher's settings for the configuration. Every request goes through the shared {@link
     * HostLimits}, so the HTTP client's own per-host bounds only have to agree with them: as many
     * connections per host as the limits allow, and a queue per host no longer than all the
     * requests that may be under way at once.
     */
    private static FetchSettings fetchSettings(NewsdeskConfig config) {
        return FetchSettings.builder()
                .allowPrivateNetworks(config.allowPrivateNetworks())
                .maxConnectionsPerHost(config.perHostConcurrency())
                .maxQueuedRequestsPerHost(config.pollConcurrency())
                .build();
    }

    /**
     * Starts polling due feeds, fetching entries' pages for their full text, keeping the search
     * index current and, when the public URL is known, keeping WebSub subscriptions, in the
     * background.
     */
    public void startBackgroundWork() {
        indexSync.start();
        poller.start();
        fullTextWorker.start();
        websub.start();
        log.info("Polling feeds ({} at once, {} per site), fetching full texts and indexing in the background{}",
                config.pollConcurrency(), config.perHostConcurrency(), websub.enabled()
                ? "; WebSub hubs push feeds to " + config.publicUrl() : "");
    }

    /**
     * Brings the search index up to date now, if this process owns it: for CLI commands, which
     * have no background work.
     *
     * @return how many entries were indexed, or -1 when another process (a server) owns the index
     *     and will do it
     */
    public long syncIndex(ProgressListener progress) {
        return indexSync.catchUp(progress);
    }

    /** New entries may have queued pages (see {@link FullTextWorker}) and are to be indexed. */
    private void entriesStored() {
        indexSync.signal();
        fullTextWorker.wakeUp();
    }

    private void changed() {
        indexSync.signal();
        poller.wakeUp();
        websub.wakeUp();
    }

    public NewsdeskConfig config() {
        return config;
    }

    public FeedService feeds() {
        return feeds;
    }

    public EntryService entries() {
        return entries;
    }

    public SearchService search() {
        return search;
    }

    public ImportService imports() {
        return imports;
    }

    public Documents documents() {
        return documents;
    }

    public IndexSync index() {
        return indexSync;
    }

    public DemoCorpus demo() {
        return demo;
    }

    /** Full text: feeds' settings, entries' full texts, and fetching a page on request. */
    public FullTextService fullText() {
        return fullText;
    }

    /** WebSub: the callbacks hubs call, and whether Newsdesk subscribes to hubs. */
    public WebSub websub() {
        return websub;
    }

    /** What reader apps' sync protocols (Miniflux, Google Reader, Fever) ask for. */
    public ReaderService reader() {
        return reader;
    }

    /** Users, sign-ins, sessions and API tokens. */
    public AccountService accounts() {
        return accounts;
    }

    /** Whether the database answers; for health checks. */
    public boolean healthy() {
        return database.ping();
    }

    @Override
    public void close() {
        poller.close();
        fullTextWorker.close();
        websub.close();
        indexSync.close();
        closeAll(fetcher, index, database);
    }

    /** Closes each in turn; one failing to close does not keep the others open. */
    private static void closeAll(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Closing {} failed", resource.getClass().getSimpleName(), e);
            }
        }
    }
}
