package org.marsad.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.marsad.extract.EventTypes;
import org.marsad.knowledge.actors.ActorType;
import org.marsad.model.Event;
import org.marsad.model.Extraction;

/**
 * Writes events as ACLED's CSV: exactly ACLED's columns, in ACLED's order (see {@link #COLUMNS}), RFC 4180
 * quoting, UTF-8, one row per event. {@code event_id_cnty} is the ISO numeric country code, the report id and
 * the event's number in the report; {@code timestamp} is the export time in Unix seconds, given by the caller (ACLED keeps
 * a timestamp per row because its data is revised). Not thread-safe.
 */
public final class AcledCsvWriter implements Closeable {

    /** ACLED's export columns, in order. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    private final Writer out;
    private final long timestamp;

    public AcledCsvWriter(OutputStream out, long timestamp) {
        this.out = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
        this.timestamp = timestamp;
        row(COLUMNS);
    }

    /** Writes the events of one report, numbered in their order. */
    public void write(Extraction x) {
        int n = 0;
        for (Event e : x.events()) {
            write(x.report().id(), ++n, e);
        }
    }

    /**
     * Writes one event of a report: {@code number} is its 1-based place among the report's events, as in
     * {@link #write(Extraction)}, so an event keeps its {@code event_id_cnty} when exported alone (from a store).
     */
    public void write(String reportId, int number, Event e) {
        row(List.of(eventId(reportId, number, e), e.eventDate().toString(), Integer.toString(e.eventDate().getYear()),
                Integer.toString(e.timePrecision()), EventTypes.disorderType(e.eventType()), e.eventType(), e.subEventType(),
                e.actor1(), e.assocActor1(), e.inter1(), e.actor2(), e.assocActor2(), e.inter2(),
                interaction(e.inter1(), e.inter2()), e.civilianTargeting(), Integer.toString(e.iso()), e.region(),
                e.country(), e.admin1(), e.admin2(), e.admin3(), e.location(),
                String.format(Locale.ROOT, "%.5f", e.latitude()), String.format(Locale.ROOT, "%.5f", e.longitude()),
                Integer.toString(e.geoPrecision()), e.source(), "", e.notes(), Integer.toString(e.fatalities()),
                "", Long.toString(timestamp)));
    }

    /**
     * ACLED's {@code event_id_cnty} for the {@code number}th event (from 1) of report {@code reportId}: the ISO
     * numeric country code ({@code XX} when unknown), the report id and the number ({@code 760-kafr-nabl-2}).
     */
    public static String eventId(String reportId, int number, Event e) {
        return (e.iso() == 0 ? "XX" : Integer.toString(e.iso())) + "-" + reportId + "-" + number;
    }

    /**
     * ACLED's interaction: the two inter codes, lower first ("12"); one code alone when there is no actor 2;
     * empty when neither type is known.
     */
    public static String interaction(String inter1, String inter2) {
        int a = code(inter1);
        int b = code(inter2);
        if (a == 0 && b == 0) {
            return "";
        }
        if (a == 0 || b == 0) {
            return Integer.toString(Math.max(a, b) * 10);
        }
        return Integer.toString(Math.min(a, b) * 10 + Math.max(a, b));
    }

    private static int code(String label) {
        return label == null || label.isBlank() ? 0 : ActorType.fromLabel(label).map(ActorType::interCode).orElse(0);
    }

    private void row(List<String> cells) {
        try {
            out.write(cells.stream().map(AcledCsvWriter::quote).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV output", e);
        }
    }

    static String quote(String cell) {
        String c = cell == null ? "" : cell;
        if (c.indexOf(',') < 0 && c.indexOf('"') < 0 && c.indexOf('\n') < 0 && c.indexOf('\r') < 0) {
            return c;
        }
        return '"' + c.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the CSV output", e);
        }
    }
}
