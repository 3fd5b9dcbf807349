package org.marsad.store.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Computes {@code work} on a pool of threads while the calling thread consumes the results one by one, in
 * the order the inputs were given. At most {@code 8 × threads} results wait; the caller blocks on the oldest
 * when the window is full. Here it runs the extractor in parallel while a single thread writes to the
 * store, so a report is stored only after every report read before it. Not thread-safe: one caller.
 */
final class OrderedPipeline<I, O> implements AutoCloseable {

    private final ExecutorService pool;
    private final Function<I, O> work;
    private final BiConsumer<I, O> consumer;
    private final Deque<Pending<I, O>> window = new ArrayDeque<>();
    private final int capacity;

    private record Pending<I, O>(I input, Future<O> result) {
    }

    OrderedPipeline(int threads, Function<I, O> work, BiConsumer<I, O> consumer) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread is needed, not " + threads);
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-extract");
            t.setDaemon(true);
            return t;
        });
        this.work = work;
        this.consumer = consumer;
        this.capacity = 8 * threads;
    }

    /** Starts {@code input}'s work, first consuming the oldest result when the window is full. */
    void submit(I input) {
        if (window.size() >= capacity) {
            consumeOldest();
        }
        window.add(new Pending<>(input, pool.submit(() -> work.apply(input))));
    }

    /** Consumes every pending result. */
    void drain() {
        while (!window.isEmpty()) {
            consumeOldest();
        }
    }

    private void consumeOldest() {
        Pending<I, O> p = window.poll();
        O result;
        try {
            result = p.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the extractor", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        consumer.accept(p.input(), result);
    }

    /** Stops the threads; results not yet consumed are dropped. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
