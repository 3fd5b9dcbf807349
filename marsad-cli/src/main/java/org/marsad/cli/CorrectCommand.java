package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.marsad.store.Correction;
import org.marsad.store.CorrectionField;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad correct EVENT_KEY FIELD VALUE --by NAME}: an analyst's correction, kept and audited. */
@Command(name = "correct", mixinStandardHelpOptions = true,
        description = {"Corrects one field of one stored event (its key is the event_key of 'marsad events').",
            "The correction is its own row with an audit trail; re-extraction applies it again. 'deleted true' hides",
            "a false event. Exit code: 0 done, 2 usage or store error, or a value the field does not take."})
final class CorrectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EVENT_KEY", description = "the event, as 'marsad events' shows its key")
    String eventKey;

    @Parameters(index = "1", paramLabel = "FIELD", description = "one of: ${COMPLETION-CANDIDATES}",
            completionCandidates = Fields.class)
    String field;

    @Parameters(index = "2", paramLabel = "VALUE", description = "the correct value ('' for none)")
    String value;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "who corrects")
    String analyst;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why, for the audit trail")
    String reason;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try (Store s = store.open(err, true)) {
            if (s == null) {
                return 2;
            }
            Correction c = s.correct(eventKey, field, value, analyst, reason);
            err.println("marsad: " + c.field().column() + " of event " + c.eventKey() + ": '" + c.oldValue() + "' -> '"
                    + c.newValue() + "' (correction " + c.id() + ")");
            return 0;
        } catch (IllegalArgumentException | StoreException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        }
    }

    /** The field names, for the help. */
    static final class Fields implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(CorrectionField.values()).map(CorrectionField::column).iterator();
        }
    }
}
