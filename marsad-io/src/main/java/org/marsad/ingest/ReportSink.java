package org.marsad.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.marsad.model.Report;

/** Passes reports and skips on to the caller's consumers and counts them for the summary. One per read. */
final class ReportSink {

    private final Consumer<? super Report> reports;
    private final Consumer<? super Skipped> skips;
    private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    private long inputs;
    private long delivered;

    ReportSink(Consumer<? super Report> reports, Consumer<? super Skipped> skips) {
        this.reports = reports;
        this.skips = skips;
    }

    void inputStarted() {
        inputs++;
    }

    /** Delivers {@code report}, or skips it as {@link SkipReason#EMPTY} when it has neither text nor title. */
    void report(Report report) {
        if (report.text().isBlank() && report.title().isBlank()) {
            skip(report.origin(), SkipReason.EMPTY, "no text");
            return;
        }
        delivered++;
        try {
            reports.accept(report);
        } catch (RuntimeException e) {
            throw new ConsumerException(e);
        }
    }

    void skip(String input, SkipReason reason, String detail) {
        skipped.merge(reason, 1L, Long::sum);
        try {
            skips.accept(new Skipped(input, reason, detail));
        } catch (RuntimeException e) {
            throw new ConsumerException(e);
        }
    }

    /** Carries an exception thrown by a caller's consumer past the per-input error handling, unchanged. */
    static final class ConsumerException extends RuntimeException {

        ConsumerException(RuntimeException cause) {
            super(cause);
        }

        RuntimeException unwrap() {
            return (RuntimeException) getCause();
        }
    }

    IngestSummary summary() {
        return new IngestSummary(inputs, delivered, skipped);
    }
}
