package org.minhu.insight;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.minhu.platform.MinhuSettings;
import org.minhu.ticket.IndexedTicket;
import org.minhu.ticket.TicketFeed;
import org.springframework.stereotype.Component;

/**
 * Fills a new generation with every ticket of the database: one thread reads them in id order,
 * a thread per core analyses and adds them. The horizon is taken before the first read, so the
 * follower replays whatever committed while the rows were read.
 */
@Component
class IndexBuilder {

    private static final int BATCH = 2000;

    private final TicketFeed feed;
    private final MinhuSettings settings;

    IndexBuilder(TicketFeed feed, MinhuSettings settings) {
        this.feed = feed;
        this.settings = settings;
    }

    IndexGeneration build(Path path, TicketIndex progress) throws IOException {
        long horizon = feed.horizon();
        progress.toBuild.set(feed.count());
        progress.built.set(0);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        IndexGeneration g = IndexGeneration.create(path, settings.zone(), settings.search().ramBufferMb());
        Semaphore inFlight = new Semaphore(threads * 2);
        try (ExecutorService workers = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("index-build-", 0).daemon().factory())) {
            java.util.ArrayDeque<Future<?>> pending = new java.util.ArrayDeque<>();
            long after = 0;
            for (List<IndexedTicket> batch = feed.after(after, BATCH); !batch.isEmpty(); batch = feed.after(after, BATCH)) {
                after = batch.getLast().id();
                inFlight.acquireUninterruptibly();
                List<IndexedTicket> rows = batch;
                pending.add(workers.submit(() -> {
                    try {
                        g.add(rows);
                        progress.built.addAndGet(rows.size());
                    } finally {
                        inFlight.release();
                    }
                    return null;
                }));
                while (!pending.isEmpty() && pending.peek().isDone()) {
                    await(pending.poll());
                }
            }
            while (!pending.isEmpty()) {
                await(pending.poll());
            }
        } catch (IOException | RuntimeException e) {
            g.abandon();
            throw e;
        }
        g.reached(horizon);
        g.commit();
        return g;
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("index build interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }
}
