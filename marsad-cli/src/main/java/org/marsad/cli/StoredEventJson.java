package org.marsad.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.TextField;
import org.marsad.store.StoredEvent;

/**
 * Writes stored events as JSON Lines: the event's key and report ({@code event_key, article_id, report_hash,
 * url}), its ACLED fields under the names {@code marsad extract} uses, {@code corrected},
 * {@code extractor_version} and its {@code evidence}. Closing it flushes the output but leaves it open.
 * Not thread-safe.
 */
final class StoredEventJson implements AutoCloseable {

    private final JsonGenerator json;

    StoredEventJson(OutputStream out) {
        json = generator(out);
    }

    /** A generator of JSON Lines (UTF-8, no separator between values) that leaves {@code out} open when closed. */
    static JsonGenerator generator(OutputStream out) {
        try {
            JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the JSON output", e);
        }
    }

    void write(StoredEvent s) {
        try {
            json.writeStartObject();
            fields(json, s);
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write event " + s.key(), ex);
        }
    }

    /** Writes the fields of {@code s} into the object {@code json} is in. */
    static void fields(JsonGenerator json, StoredEvent s) throws IOException {
        Event e = s.event();
        json.writeStringField("event_key", s.key());
        json.writeStringField("article_id", s.articleId());
        json.writeStringField("report_hash", s.reportHash());
        json.writeStringField("url", s.url());
        json.writeStringField("event_date", e.eventDate().toString());
        json.writeNumberField("time_precision", e.timePrecision());
        json.writeStringField("event_type", e.eventType());
        json.writeStringField("sub_event_type", e.subEventType());
        json.writeStringField("actor1", e.actor1());
        json.writeStringField("assoc_actor_1", e.assocActor1());
        json.writeStringField("actor2", e.actor2());
        json.writeStringField("assoc_actor_2", e.assocActor2());
        json.writeStringField("inter1", e.inter1());
        json.writeStringField("inter2", e.inter2());
        json.writeStringField("civilian_targeting", e.civilianTargeting());
        json.writeStringField("country", e.country());
        json.writeNumberField("iso", e.iso());
        json.writeStringField("region", e.region());
        json.writeStringField("admin1", e.admin1());
        json.writeStringField("admin2", e.admin2());
        json.writeStringField("admin3", e.admin3());
        json.writeStringField("location", e.location());
        json.writeNumberField("latitude", e.latitude());
        json.writeNumberField("longitude", e.longitude());
        json.writeNumberField("geo_precision", e.geoPrecision());
        json.writeNumberField("fatalities", e.fatalities());
        json.writeStringField("notes", e.notes());
        json.writeStringField("source", e.source());
        json.writeNumberField("confidence", e.confidence());
        json.writeBooleanField("corrected", s.corrected());
        json.writeStringField("extractor_version", s.extractorVersion());
        json.writeArrayFieldStart("evidence");
        for (Mention m : e.evidence()) {
            json.writeStartObject();
            json.writeStringField("text", m.text());
            json.writeNumberField("start", m.span().start());
            json.writeNumberField("end", m.span().end());
            if (m.field() == TextField.TITLE) {
                json.writeStringField("field", "title");
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    @Override
    public void close() {
        try {
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the JSON output", e);
        }
    }
}
