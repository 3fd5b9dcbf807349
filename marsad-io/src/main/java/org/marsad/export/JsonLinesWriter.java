package org.marsad.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.marsad.model.Actor;
import org.marsad.model.Event;
import org.marsad.model.Extraction;
import org.marsad.model.Mention;
import org.marsad.model.Place;
import org.marsad.model.Relation;
import org.marsad.model.Report;
import org.marsad.model.TextField;

/**
 * Writes one JSON object per report per line, in the output contract the evaluation reads (field names
 * and order as documented in the README): {@code article_id, title, published, url, source, actors, places,
 * events, relations}, and {@code text} when asked for. Offsets are UTF-16 code units into the report's
 * {@code text}; a mention in the headline says {@code "field": "title"}. UTF-8, one line per report.
 * Not thread-safe.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator json;
    private final boolean withText;

    public JsonLinesWriter(OutputStream out, boolean withText) {
        try {
            this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the JSON output", e);
        }
        this.json.setRootValueSeparator(null);
        this.withText = withText;
    }

    public void write(Extraction extraction) {
        try {
            writeObject(extraction);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result of report " + extraction.report().id(), e);
        }
    }

    private void writeObject(Extraction x) throws IOException {
        Report r = x.report();
        json.writeStartObject();
        json.writeStringField("article_id", r.id());
        json.writeStringField("title", r.title());
        json.writeStringField("published", r.published() == null ? null : r.published().toString());
        json.writeStringField("url", r.url());
        json.writeStringField("source", r.source());
        json.writeArrayFieldStart("actors");
        for (Actor a : x.actors()) {
            json.writeStartObject();
            json.writeStringField("id", a.id());
            json.writeStringField("name", a.name());
            json.writeStringField("name_ar", a.nameAr());
            json.writeStringField("type", a.type());
            json.writeStringField("country", a.country());
            mentions("mentions", a.mentions());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("places");
        for (Place p : x.places()) {
            json.writeStartObject();
            json.writeStringField("id", p.id());
            json.writeStringField("name", p.name());
            json.writeStringField("name_ar", p.nameAr());
            json.writeNumberField("lat", p.lat());
            json.writeNumberField("lon", p.lon());
            json.writeStringField("country", p.country());
            json.writeStringField("admin1", p.admin1());
            json.writeStringField("admin2", p.admin2());
            json.writeStringField("admin3", p.admin3());
            mentions("mentions", p.mentions());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        for (Event e : x.events()) {
            event(e);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("relations");
        for (Relation rel : x.relations()) {
            json.writeStartObject();
            json.writeStringField("type", rel.type().name());
            json.writeStringField("source", rel.source());
            json.writeStringField("target", rel.target());
            json.writeStringField("date", rel.date() == null ? null : rel.date().toString());
            json.writeNumberField("confidence", rel.confidence());
            mentions("evidence", rel.evidence());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (withText) {
            json.writeStringField("text", r.text());
        }
        json.writeEndObject();
        json.flush();
    }

    private void event(Event e) throws IOException {
        json.writeStartObject();
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
        mentions("evidence", e.evidence());
        json.writeEndObject();
    }

    private void mentions(String field, List<Mention> mentions) throws IOException {
        json.writeArrayFieldStart(field);
        for (Mention m : mentions) {
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
    public void flush() {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush the JSON output", e);
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
