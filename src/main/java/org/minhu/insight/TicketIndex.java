package org.minhu.insight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.search.IndexSearcher;
import org.minhu.platform.MinhuSettings;
import org.minhu.ticket.IndexedTicket;
import org.minhu.ticket.TicketFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This node's ticket index: the generation in use, under {@code data-dir/index/tickets}, named by
 * the file {@code current} there. It follows the ticket log from its horizon ({@link #follow()});
 * a rebuild fills a new generation from the database while the old one (if any) goes on serving,
 * then catches it up and puts it in place. Without a complete generation it is
 * {@link IndexState#BUILDING} and searches go to the database.
 */
@Component
class TicketIndex implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TicketIndex.class);
    private static final int BATCH = 1000;

    private final TicketFeed feed;
    private final MinhuSettings settings;
    private final Clock clock;
    private final Path root;
    /** Held while the generation in use changes or follows the log. */
    private final ReentrantLock lock = new ReentrantLock();
    private volatile IndexGeneration current;
    private volatile boolean rebuilding;
    private volatile Instant followedAt;
    private volatile Instant committedAt = Instant.EPOCH;
    final AtomicLong built = new AtomicLong();
    final AtomicLong toBuild = new AtomicLong();

    TicketIndex(TicketFeed feed, MinhuSettings settings, Clock clock) {
        this.feed = feed;
        this.settings = settings;
        this.clock = clock;
        this.root = Path.of(settings.dataDir(), "index", "tickets");
    }

    /** Opens the generation named current; false when there is none fit to serve. */
    boolean open() {
        try {
            Path name = root.resolve("current");
            if (!Files.exists(name)) {
                return false;
            }
            current = IndexGeneration.open(root.resolve(Files.readString(name).strip()), settings.zone(),
                    settings.search().ramBufferMb());
            log.info("Search index opened: {} tickets, horizon {}", current.documents(), current.horizon());
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Search index could not be opened, it will be rebuilt: {}", e.toString());
            return false;
        }
    }

    IndexState state() {
        return current == null ? IndexState.BUILDING : IndexState.READY;
    }

    /** The searchable generation, or null while there is none complete. */
    IndexGeneration generation() {
        return current;
    }

    /** Reads the events since the horizon and puts their tickets in; commits every {@code commitInterval}. */
    void follow() {
        lock.lock();
        try {
            IndexGeneration g = current;
            if (g == null) {
                return;
            }
            catchUp(g);
            g.refresh();
            followedAt = clock.instant();
            if (!followedAt.isBefore(committedAt.plus(settings.search().commitInterval()))) {
                g.commit();
                committedAt = followedAt;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    /** Brings {@code g} up to the database's horizon now. */
    private void catchUp(IndexGeneration g) throws IOException {
        long to = feed.horizon();
        if (to <= g.horizon()) {
            return;
        }
        List<Long> changed = feed.changed(g.horizon(), to);
        for (int i = 0; i < changed.size(); i += BATCH) {
            List<Long> ids = changed.subList(i, Math.min(changed.size(), i + BATCH));
            g.put(ids, feed.read(ids));
        }
        g.reached(to);
    }

    /** Fills a new generation from the database, catches it up and puts it in place of the old one. */
    void rebuild(IndexBuilder builder) throws IOException {
        rebuilding = true;
        try {
            Files.createDirectories(root);
            String name = "g" + System.currentTimeMillis();
            IndexGeneration fresh = builder.build(root.resolve(name), this);
            lock.lock();
            try {
                catchUp(fresh);
                fresh.commit();
                fresh.refresh();
                Path tmp = root.resolve("current.tmp");
                Files.writeString(tmp, name);
                Files.move(tmp, root.resolve("current"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                IndexGeneration old = current;
                current = fresh;
                if (old != null) {
                    old.close();
                }
            } finally {
                lock.unlock();
            }
            removeOthers(name);
        } finally {
            rebuilding = false;
        }
    }

    private void removeOthers(String keep) throws IOException {
        try (var dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().equals(keep)).toList()) {
                org.springframework.util.FileSystemUtils.deleteRecursively(dir);
            }
        }
    }

    IndexStatus status() throws IOException {
        IndexGeneration g = current;
        return new IndexStatus(state(), rebuilding, g == null ? 0 : g.documents(), g == null ? 0 : g.bytes(),
                built.get(), toBuild.get(), followedAt);
    }

    /** Searches with a searcher of the generation in use, released after. */
    <T> T search(IndexGeneration g, SearchWork<T> work) throws IOException {
        IndexSearcher searcher = g.searchers.acquire();
        try {
            return work.run(searcher);
        } finally {
            g.searchers.release(searcher);
        }
    }

    interface SearchWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void destroy() throws IOException {
        lock.lock();
        try {
            if (current != null) {
                current.close();
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Closes the generation in use without a last commit, as a crash would; for tests. */
    void crash() throws IOException {
        lock.lock();
        try {
            if (current != null) {
                current.abandon();
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
