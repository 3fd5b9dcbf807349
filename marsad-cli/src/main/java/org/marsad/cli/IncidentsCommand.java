package org.marsad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.model.Event;
import org.marsad.store.EventQuery;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.StoredIncident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad incidents [criteria] [--format json|table]}: the stored events grouped into incidents, with their sources. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = {"Lists incidents: the events that several reports tell of one real-world event, grouped (same type, at",
            "most 1 day and 10 km apart, overlapping actors; the rule is in marsad-search/README.md), each with every",
            "report's own reading, its sources and URLs. An incident's toll is the lowest a reading states, as ACLED does.",
            "The criteria are those of 'events', applied to the incident's date, type, place and admin1, and the actor to",
            "any reading. As a table (an incident's line, then one line per reading) or as JSON Lines.",
            "Exit code: 0 done (even when nothing matches), 2 usage or store error."})
final class IncidentsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    EventFilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = EventsCommand.FormatConverter.class,
            description = "json (JSON Lines) or table (default)")
    EventsCommand.Format format;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        EventQuery query;
        try {
            query = filters.query();
        } catch (IllegalArgumentException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        }
        try (Store s = store.open(err, true)) {
            if (s == null) {
                return 2;
            }
            List<StoredIncident> incidents = s.incidents(query);
            PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
            if (format == EventsCommand.Format.JSON) {
                json(incidents, out);
            } else {
                table(incidents).print(out);
            }
            out.flush();
            long readings = incidents.stream().mapToLong(i -> i.readings().size()).sum();
            err.println("marsad: " + incidents.size() + (incidents.size() == 1 ? " incident" : " incidents") + " ("
                    + readings + (readings == 1 ? " reading)" : " readings)"));
            return 0;
        } catch (StoreException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        }
    }

    private static TextTable table(List<StoredIncident> incidents) {
        TextTable t = new TextTable(List.of("date", "type", "location", "admin1", "deaths", "source", "report", "key", "url"),
                12, 26, 24, 16, 6, 20, 32, 40, 60);
        for (StoredIncident i : incidents) {
            t.add(Arrays.asList(i.date().toString(), i.eventType(), i.location(), i.admin1(), Integer.toString(i.fatalities()),
                    i.sources().size() + (i.sources().size() == 1 ? " source" : " sources"),
                    i.articleIds().size() + (i.articleIds().size() == 1 ? " report" : " reports"), i.key(), ""));
            for (StoredIncident.Reading r : i.readings()) {
                Event e = r.event().event();
                t.add(Arrays.asList("  " + e.eventDate(), "  " + e.subEventType(), e.location(), e.admin1(),
                        Integer.toString(e.fatalities()), r.source(), r.event().articleId(),
                        r.event().key() + (r.event().corrected() ? " *" : ""), r.event().url()));
            }
        }
        return t;
    }

    /**
     * One line per incident: {@code incident_key}, its ACLED fields ({@code event_date, event_type,
     * sub_event_type, fatalities, location, latitude, longitude, geo_precision, country, admin1..3}), its
     * {@code article_ids}, {@code sources} and {@code urls}, and its {@code readings}: each report's event as
     * {@code marsad events} writes it (without evidence) and the report's {@code publisher}.
     */
    private static void json(List<StoredIncident> incidents, PrintStream out) {
        try (JsonGenerator json = StoredEventJson.generator(out)) {
            for (StoredIncident i : incidents) {
                json.writeStartObject();
                json.writeStringField("incident_key", i.key());
                json.writeStringField("event_date", i.date().toString());
                json.writeStringField("event_type", i.eventType());
                json.writeStringField("sub_event_type", i.subEventType());
                json.writeNumberField("fatalities", i.fatalities());
                json.writeStringField("location", i.location());
                json.writeNumberField("latitude", i.latitude());
                json.writeNumberField("longitude", i.longitude());
                json.writeNumberField("geo_precision", i.geoPrecision());
                json.writeStringField("country", i.country());
                json.writeStringField("admin1", i.admin1());
                json.writeStringField("admin2", i.admin2());
                json.writeStringField("admin3", i.admin3());
                strings(json, "article_ids", i.articleIds());
                strings(json, "sources", i.sources());
                List<String> urls = new ArrayList<>();
                i.readings().stream().map(r -> r.event().url()).filter(u -> u != null && !urls.contains(u)).forEach(urls::add);
                strings(json, "urls", urls);
                json.writeArrayFieldStart("readings");
                for (StoredIncident.Reading r : i.readings()) {
                    json.writeStartObject();
                    StoredEventJson.fields(json, r.event());
                    json.writeStringField("publisher", r.source());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the incidents", e);
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}
