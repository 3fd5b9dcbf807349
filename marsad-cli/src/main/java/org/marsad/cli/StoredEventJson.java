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
        try {
            json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the JSON output", e);
        }
        json.setRootValueSeparator(null);
    }

    void write(StoredEvent s) {
        Event e = s.event();
        try {
            json.writeStartObject();
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
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write event " + s.key(), ex);
        }
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
