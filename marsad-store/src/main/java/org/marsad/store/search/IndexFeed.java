package org.marsad.store.search;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.marsad.model.Report;
import org.marsad.search.ReportIndex;

/**
 * Indexes reports on a thread of its own, so that whoever hands them over (the thread that writes the store,
 * during an ingest) goes on at once: analysing a report's words for the index costs about a third of what
 * storing its rows does. At most {@value #WAITING} reports wait; {@link #add} blocks beyond that. A failure to
 * index is thrown by the next call. Every method but {@link #add} waits until what was added is indexed.
 */
final class IndexFeed implements AutoCloseable {

    private static final int WAITING = 256;

    private final ReportIndex index;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "marsad-index");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore room = new Semaphore(WAITING);
    private volatile RuntimeException failure;

    IndexFeed(ReportIndex index) {
        this.index = index;
    }

    /** Hands {@code report} over to be indexed. */
    void add(Report report) {
        rethrowFailure();
        room.acquireUninterruptibly();
        try {
            thread.execute(() -> {
                try {
                    if (failure == null) {
                        index.put(report);
                    }
                } catch (RuntimeException e) {
                    failure = e;
                } finally {
                    room.release();
                }
            });
        } catch (RuntimeException e) {
            room.release();
            throw e;
        }
    }

    /** Waits until every report added so far is indexed. */
    void flush() {
        Future<?> last = thread.submit(() -> { });
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the search index", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        RuntimeException f = failure;
        if (f != null) {
            throw f;
        }
    }

    /** Indexes what was added and ends the thread (the index stays open). */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            thread.shutdown();
        }
    }
}
