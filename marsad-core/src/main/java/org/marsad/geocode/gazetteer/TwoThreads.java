package org.marsad.geocode.gazetteer;

/**
 * Runs two independent halves of a load step at once, one on a short-lived helper thread and one on the
 * caller's, because the load is CPU-bound and runs once at start (the project targets 2-core machines).
 * On a single-processor machine both run on the caller's thread.
 */
final class TwoThreads {

    private TwoThreads() {
    }

    /** Runs both tasks and returns when both are done; a failure of either is rethrown. */
    static void run(Runnable first, Runnable second) {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            first.run();
            second.run();
            return;
        }
        RuntimeException[] failure = new RuntimeException[1];
        Error[] error = new Error[1];
        Thread helper = new Thread(() -> {
            try {
                first.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (Error e) {
                error[0] = e;
            }
        }, "gazetteer-load");
        helper.setDaemon(true);
        helper.start();
        try {
            second.run();
        } finally {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GazetteerException("interrupted while loading the gazetteer", e);
            }
        }
        if (error[0] != null) {
            throw error[0];
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
