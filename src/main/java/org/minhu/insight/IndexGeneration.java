package org.minhu.insight;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.minhu.ticket.IndexedTicket;

/**
 * One built index on disk with its writer and its searchers. Each commit stores the horizon the
 * index has followed the log to (see {@link org.minhu.ticket.TicketFeed}); an index whose last
 * commit lacks one was never finished and is not opened.
 */
final class IndexGeneration implements Closeable {

    private static final String HORIZON = "horizon";

    final Path path;
    private final FSDirectory directory;
    private final IndexWriter writer;
    final SearcherManager searchers;
    private final ZoneId zone;
    /** The horizon the documents in the writer have reached (committed or not). */
    private volatile long horizon;

    private IndexGeneration(Path path, FSDirectory directory, IndexWriter writer, ZoneId zone, long horizon)
            throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.zone = zone;
        this.horizon = horizon;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new IndexSearcher(reader, SEARCH_THREADS); // one query's segments searched side by side
            }
        });
    }

    /** The threads a query's slices of segments are searched on: one per core. */
    private static final java.util.concurrent.ExecutorService SEARCH_THREADS = java.util.concurrent.Executors
            .newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                    Thread.ofPlatform().name("index-search-", 0).daemon().factory());

    /** A new, empty index at {@code path}, to be filled and then {@link #commit committed}. */
    static IndexGeneration create(Path path, ZoneId zone, int ramBufferMb) throws IOException {
        FSDirectory directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(ChineseAnalysis.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(ramBufferMb);
        return new IndexGeneration(path, directory, new IndexWriter(directory, config), zone, -1);
    }

    /** The finished index at {@code path}; an exception when it is missing, unfinished or unreadable. */
    static IndexGeneration open(Path path, ZoneId zone, int ramBufferMb) throws IOException {
        FSDirectory directory = FSDirectory.open(path);
        try {
            long horizon;
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String stored = reader.getIndexCommit().getUserData().get(HORIZON);
                if (stored == null) {
                    throw new IOException("the index at " + path + " was never finished");
                }
                horizon = Long.parseLong(stored);
            }
            IndexWriterConfig config = new IndexWriterConfig(ChineseAnalysis.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setRAMBufferSizeMB(ramBufferMb);
            return new IndexGeneration(path, directory, new IndexWriter(directory, config), zone, horizon);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    long horizon() {
        return horizon;
    }

    /** Puts the tickets in (replacing what it held of them) and removes those of {@code ids} that are gone. */
    void put(List<Long> ids, List<IndexedTicket> tickets) throws IOException {
        Set<Long> found = new HashSet<>();
        for (IndexedTicket t : tickets) {
            writer.updateDocument(TicketDocument.idTerm(t.id()), TicketDocument.of(t, zone));
            found.add(t.id());
        }
        for (long id : ids) {
            if (!found.contains(id)) {
                writer.deleteDocuments(TicketDocument.idTerm(id));
            }
        }
    }

    /** Adds tickets a rebuild reads (none of them is in the index yet). */
    void add(List<IndexedTicket> tickets) throws IOException {
        for (IndexedTicket t : tickets) {
            writer.addDocument(TicketDocument.of(t, zone));
        }
    }

    /** Notes that the documents now reach {@code horizon}; searchers see them after {@link #refresh()}. */
    void reached(long horizon) {
        this.horizon = horizon;
    }

    void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    /** Makes the documents and their horizon durable: after a crash the index opens here and follows on. */
    void commit() throws IOException {
        writer.setLiveCommitData(Map.of(HORIZON, Long.toString(horizon)).entrySet());
        writer.commit();
    }

    long documents() {
        return writer.getDocStats().numDocs;
    }

    long bytes() throws IOException {
        long total = 0;
        for (String file : directory.listAll()) {
            try {
                total += directory.fileLength(file);
            } catch (java.nio.file.NoSuchFileException gone) { // merged away meanwhile
            }
        }
        return total;
    }

    /** Commits (with the horizon reached) and closes. */
    @Override
    public void close() throws IOException {
        try {
            commit();
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }

    /** Closes without committing what came since the last commit, as a crash would leave it. */
    void abandon() throws IOException {
        try {
            searchers.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
