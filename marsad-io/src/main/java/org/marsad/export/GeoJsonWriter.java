package org.marsad.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.marsad.model.Event;
import org.marsad.model.Extraction;

/**
 * Writes events as one GeoJSON FeatureCollection (RFC 7946): a Point feature per event at
 * {@code [longitude, latitude]}, with the event's ACLED fields and its report as properties. The collection
 * is closed by {@link #close()}. Not thread-safe.
 */
public final class GeoJsonWriter implements Closeable {

    private final JsonGenerator json;

    public GeoJsonWriter(OutputStream out) {
        try {
            json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the GeoJSON output", e);
        }
    }

    /** Writes the events of one report. */
    public void write(Extraction x) {
        for (Event e : x.events()) {
            write(x.report().id(), e);
        }
    }

    /** Writes one event of the report {@code articleId}. */
    public void write(String articleId, Event e) {
        try {
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", "Point");
            json.writeArrayFieldStart("coordinates");
            json.writeNumber(e.longitude());
            json.writeNumber(e.latitude());
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeStringField("article_id", articleId);
            json.writeStringField("event_date", e.eventDate().toString());
            json.writeNumberField("time_precision", e.timePrecision());
            json.writeStringField("event_type", e.eventType());
            json.writeStringField("sub_event_type", e.subEventType());
            json.writeStringField("actor1", e.actor1());
            json.writeStringField("actor2", e.actor2());
            json.writeStringField("country", e.country());
            json.writeStringField("admin1", e.admin1());
            json.writeStringField("location", e.location());
            json.writeNumberField("geo_precision", e.geoPrecision());
            json.writeNumberField("fatalities", e.fatalities());
            json.writeStringField("notes", e.notes());
            json.writeStringField("source", e.source());
            json.writeNumberField("confidence", e.confidence());
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the GeoJSON output", ex);
        }
    }

    @Override
    public void close() {
        try {
            json.writeEndArray();
            json.writeEndObject();
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the GeoJSON output", e);
        }
    }
}
