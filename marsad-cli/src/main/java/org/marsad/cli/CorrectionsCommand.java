package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.store.Correction;
import org.marsad.store.CorrectionLogEntry;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad corrections}: the analysts' corrections and, with {@code --trail}, what happened to each. */
@Command(name = "corrections", mixinStandardHelpOptions = true,
        description = {"Lists the analysts' corrections, oldest first, with their status (attached to an event, or",
            "unattached when a re-extraction left no event for them). Exit code: 0 done, 2 usage or store error."})
final class CorrectionsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--unattached", description = "only the corrections without an event")
    boolean unattached;

    @Option(names = "--trail", description = "each correction's audit trail below it")
    boolean trail;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Store s = store.open(err, true)) {
            if (s == null) {
                return 2;
            }
            List<Correction> all = s.corrections().stream()
                    .filter(c -> !unattached || c.status() == Correction.Status.UNATTACHED).toList();
            for (Correction c : all) {
                out.println(c.createdAt() + "  " + c.analyst() + "  " + c.eventKey() + "  " + c.field().column() + ": '"
                        + c.oldValue() + "' -> '" + c.newValue() + "'  " + c.status().name().toLowerCase(java.util.Locale.ROOT)
                        + (c.reason() == null || c.reason().isEmpty() ? "" : "  (" + c.reason() + ")"));
                if (trail) {
                    for (CorrectionLogEntry l : s.correctionLog(c.id())) {
                        out.println("    " + l.seq() + ". " + l.loggedAt() + "  " + l.action() + "  "
                                + (l.eventKey() == null ? "" : l.eventKey() + "  ") + "machine value: '"
                                + (l.machineValue() == null ? "" : l.machineValue()) + "'  extractor " + l.extractorVersion()
                                + (l.detail() == null ? "" : "  " + l.detail()));
                    }
                }
            }
            out.flush();
            err.println("marsad: " + all.size() + (all.size() == 1 ? " correction" : " corrections"));
            return 0;
        } catch (StoreException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        }
    }
}
