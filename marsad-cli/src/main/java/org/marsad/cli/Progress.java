package org.marsad.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long command on stderr: a progress bar when stderr is a terminal ({@link System#console()}
 * is there), otherwise a plain line every few seconds (e.g. in a log or a CI job), or nothing when quiet.
 * Messages printed through {@link #message} don't break the bar. Not thread-safe: an ingest calls it from one thread at a time.
 */
final class Progress implements AutoCloseable {

    private static final Duration LINE_EVERY = Duration.ofSeconds(5);

    private final PrintStream err;
    private final String task;
    private final ProgressBar bar;
    private final boolean lines;
    private final Clock clock;
    private final Instant start;
    private long total;
    private long done;
    private Instant lastLine;

    private Progress(PrintStream err, String task, long total, ProgressBar bar, boolean lines, Clock clock) {
        this.err = err;
        this.task = task;
        this.total = total;
        this.bar = bar;
        this.lines = lines;
        this.clock = clock;
        this.start = clock.instant();
        this.lastLine = start;
    }

    /**
     * @param total how many steps are expected, or -1 when unknown
     * @param quiet no progress at all
     */
    static Progress start(PrintStream err, String task, long total, boolean quiet) {
        if (quiet) {
            return new Progress(err, task, total, null, false, Clock.systemUTC());
        }
        if (System.console() != null) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK).setUnit(" reports", 1).showSpeed()
                    .setSpeedUnit(ChronoUnit.SECONDS).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
            return new Progress(err, task, total, bar, false, Clock.systemUTC());
        }
        return lines(err, task, total, Clock.systemUTC());
    }

    /** Plain progress lines, one every few seconds of {@code clock}. */
    static Progress lines(PrintStream err, String task, long total, Clock clock) {
        return new Progress(err, task, total, null, true, clock);
    }

    /** One step done; {@code note} (e.g. counts so far) is shown beside the bar or in the next line. */
    void step(String note) {
        done++;
        if (bar != null) {
            if (total >= 0 && done > total) {
                total = done;
                bar.maxHint(total);
            }
            bar.step();
            bar.setExtraMessage(" · " + note);
        } else if (lines) {
            Instant now = clock.instant();
            if (Duration.between(lastLine, now).compareTo(LINE_EVERY) >= 0) {
                lastLine = now;
                err.println(line(now) + " " + note);
            }
        }
    }

    /** A line for a person (a skipped input, a failure), printed without breaking the bar. */
    void message(String text) {
        if (bar != null) {
            err.print("\r\033[2K");
        }
        err.println(text);
    }

    private String line(Instant now) {
        double seconds = Math.max(1e-3, Duration.between(start, now).toMillis() / 1000.0);
        String of = total >= 0 ? String.format(Locale.ROOT, "%,d/%,d (%d%%)", done, total,
                total == 0 ? 100 : Math.min(100, done * 100 / total)) : String.format(Locale.ROOT, "%,d", done);
        return String.format(Locale.ROOT, "marsad: %s: %s reports, %.0f reports/s;", task, of, done / seconds);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
