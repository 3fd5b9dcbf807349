package org.marsad.cli;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.EventQuery;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code marsad events [criteria] [--format json|table]}: the stored events that match, corrections applied. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists the stored events that match every criterion given (corrections applied, deleted events left out),",
            "in date order: as JSON Lines (one event per line, with its key, report and evidence) or as a table.",
            "Exit code: 0 done (even when nothing matches), 2 usage or store error."})
final class EventsCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { JSON, TABLE }

    @Mixin
    StoreOptions store;

    @Mixin
    EventFilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
            description = "json (JSON Lines) or table (default)")
    Format format;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        EventQuery query;
        try {
            query = filters.query().withEvidence(format == Format.JSON);
        } catch (IllegalArgumentException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        }
        try (Store s = store.open(err, true)) {
            if (s == null) {
                return 2;
            }
            List<StoredEvent> events = s.events(query);
            PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
            if (format == Format.JSON) {
                StoredEventJson json = new StoredEventJson(out);
                events.forEach(json::write);
                json.close();
            } else {
                table(events).print(out);
            }
            out.flush();
            err.println("marsad: " + events.size() + (events.size() == 1 ? " event" : " events"));
            return 0;
        } catch (StoreException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        }
    }

    private static TextTable table(List<StoredEvent> events) {
        TextTable t = new TextTable(List.of("date", "type", "actor1", "actor2", "location", "admin1", "deaths", "event_key"),
                10, 26, 40, 40, 24, 16, 6, 40);
        for (StoredEvent s : events) {
            var e = s.event();
            t.add(List.of(e.eventDate().toString(), e.eventType(), e.actor1(), e.actor2(), e.location(),
                    e.admin1(), Integer.toString(e.fatalities()), s.key() + (s.corrected() ? " *" : "")));
        }
        return t;
    }

    /** Reads {@code json} and {@code table}. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "json", "jsonl" -> Format.JSON;
                case "table" -> Format.TABLE;
                default -> throw new TypeConversionException("unknown format '" + value + "': use json or table");
            };
        }
    }
}
