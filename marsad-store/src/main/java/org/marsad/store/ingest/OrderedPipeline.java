package org.marsad.store.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Computes {@code work} on a pool of threads while one consuming thread of its own takes the results in the
 * order the inputs were given. The caller only submits: reading the next input, working and consuming all go
 * on at once, so the slowest of the three sets the pace rather than their sum. At most {@code 8 × threads}
 * inputs, or twice a batch if that is more, wait for their turn; {@link #submit} blocks while the window is
 * full.
 *
 * <p>The consumer is handed the oldest result together with those after it that are done already, up to
 * {@code batch} of them: when the consumer keeps up it gets one result at a time, as soon as it is there; when
 * results pile up it gets them together (and may store them in one go).
 *
 * <p>Here it runs the extractor in parallel while a single thread writes to the store, so a report is stored
 * only after every report read before it. When the consumer (or the work, by throwing) fails, nothing more is
 * consumed and the failure is thrown to the caller by the next {@link #submit} or {@link #drain}. The
 * consuming thread is never interrupted: it may be inside a store transaction or a Lucene index write, which
 * an interrupt would break; it stops between two results instead. One caller thread.
 */
final class OrderedPipeline<I, O> implements AutoCloseable {

    /** How long the consuming thread waits for a result before it looks whether it was told to stop. */
    private static final long POLL_MILLIS = 50;

    private final ExecutorService pool;
    private final Function<I, O> work;
    private final Consumer<List<Done<I, O>>> consumer;
    private final int batch;
    private final BlockingQueue<Pending<I, O>> window;
    private final Thread consuming;
    /** Set by {@link #drain} once every input was submitted, by {@link #close} to stop early. */
    private volatile boolean submitted;
    private volatile boolean stopping;
    private volatile Throwable failure;

    private record Pending<I, O>(I input, Future<O> result) {
    }

    /** An input and what the work made of it. */
    record Done<I, O>(I input, O result) {
    }

    /**
     * @param consumerName the consuming thread's name
     * @param batch        the most results handed to the consumer at once
     * @param work         what to compute of each input (never {@code null})
     */
    OrderedPipeline(int threads, String consumerName, int batch, Function<I, O> work, Consumer<List<Done<I, O>>> consumer) {
        if (threads < 1) {
            throw new IllegalArgumentException("at least one thread is needed, not " + threads);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("a batch holds at least one result, not " + batch);
        }
        this.batch = batch;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-extract");
            t.setDaemon(true);
            return t;
        });
        this.work = work;
        this.consumer = consumer;
        this.window = new ArrayBlockingQueue<>(Math.max(8 * threads, 2 * batch));
        this.consuming = new Thread(this::consumeAll, consumerName);
        this.consuming.setDaemon(true);
        this.consuming.start();
    }

    /** Starts {@code input}'s work, first waiting while the window is full. */
    void submit(I input) {
        rethrowFailure();
        Pending<I, O> p = new Pending<>(input, pool.submit(() -> work.apply(input)));
        try {
            while (!window.offer(p, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (failure != null) {
                    p.result().cancel(false);
                    rethrowFailure();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store", e);
        }
    }

    /** Waits until every submitted input was consumed. */
    void drain() {
        submitted = true;
        try {
            consuming.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the store", e);
        }
        rethrowFailure();
    }

    private void consumeAll() {
        try {
            while (!stopping) {
                Pending<I, O> p = window.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (p == null) {
                    if (submitted && window.isEmpty()) {
                        return;
                    }
                    continue;
                }
                O result = resultOf(p);
                if (result == null) {
                    return;
                }
                List<Done<I, O>> done = new ArrayList<>();
                done.add(new Done<>(p.input(), result));
                for (Pending<I, O> next = window.peek(); next != null && next.result().isDone() && done.size() < batch;
                     next = window.peek()) {
                    window.poll();
                    done.add(new Done<>(next.input(), unwrap(next.result(), -1)));
                }
                consumer.accept(done);
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        } catch (InterruptedException | TimeoutException e) {
            failure = e;
        }
    }

    /** The result of {@code p}, or {@code null} when told to stop while waiting for it. */
    private O resultOf(Pending<I, O> p) throws InterruptedException {
        while (!stopping) {
            try {
                return unwrap(p.result(), POLL_MILLIS);
            } catch (TimeoutException e) {
                // look again whether to stop
            }
        }
        return null;
    }

    /** The result of {@code f} (waiting at most {@code millis}, or for good when negative); its work's failure thrown. */
    private static <O> O unwrap(Future<O> f, long millis) throws InterruptedException, TimeoutException {
        try {
            return millis < 0 ? f.get() : f.get(millis, TimeUnit.MILLISECONDS);
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
    }

    private void rethrowFailure() {
        Throwable f = failure;
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error err) {
            throw err;
        }
        if (f != null) {
            throw new IllegalStateException("the consuming thread stopped: " + f, f);
        }
    }

    /**
     * Stops: the result being consumed is finished, the others are dropped, and the threads end. After a
     * {@link #drain} this only ends the working threads.
     */
    @Override
    public void close() {
        stopping = true;
        boolean interrupted = false;
        while (consuming.isAlive()) {
            try {
                consuming.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        pool.shutdownNow();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
