package org.marsad.parquet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.marsad.export.AcledCsvWriter;
import org.marsad.extract.EventTypes;
import org.marsad.model.Event;

/**
 * The columns of the Parquet export: ACLED's, named and ordered as {@link AcledCsvWriter#COLUMNS} (the CSV
 * export's list, so the two cannot drift apart), then Marsad's own. Each has a Parquet type and takes its value
 * from an {@link EventRow}; blank text is written as null.
 */
final class EventColumns {

    /** How a column is stored. */
    enum Kind {
        /** UTF-8 text (BINARY, STRING). */
        STRING,
        /** A calendar date (INT32, DATE: days since 1970-01-01). */
        DATE,
        /** INT32. */
        INT,
        /** INT64. */
        LONG,
        /** DOUBLE. */
        DOUBLE
    }

    /** One column: its name, type, whether every row has a value, and where the value comes from. */
    record Column(String name, Kind kind, boolean required, Function<EventRow, Object> value) {
    }

    /** Marsad's columns after ACLED's. */
    static final List<String> MARSAD = List.of("marsad_report_id", "marsad_event_number", "marsad_confidence");

    static final List<Column> ALL = columns();
    static final MessageType SCHEMA = schema(ALL);

    private EventColumns() {
    }

    private static List<Column> columns() {
        Map<String, Column> defined = new LinkedHashMap<>();
        put(defined, "event_id_cnty", Kind.STRING, true, r -> AcledCsvWriter.eventId(r.reportId(), r.number(), r.event()));
        put(defined, "event_date", Kind.DATE, true, r -> r.event().eventDate());
        put(defined, "year", Kind.INT, true, r -> r.event().eventDate().getYear());
        put(defined, "time_precision", Kind.INT, true, r -> r.event().timePrecision());
        put(defined, "disorder_type", Kind.STRING, true, r -> EventTypes.disorderType(r.event().eventType()));
        put(defined, "event_type", Kind.STRING, true, r -> r.event().eventType());
        text(defined, "sub_event_type", Event::subEventType);
        text(defined, "actor1", Event::actor1);
        text(defined, "assoc_actor_1", Event::assocActor1);
        text(defined, "inter1", Event::inter1);
        text(defined, "actor2", Event::actor2);
        text(defined, "assoc_actor_2", Event::assocActor2);
        text(defined, "inter2", Event::inter2);
        put(defined, "interaction", Kind.INT, false, r -> {
            String code = AcledCsvWriter.interaction(r.event().inter1(), r.event().inter2());
            return code.isEmpty() ? null : Integer.valueOf(code);
        });
        text(defined, "civilian_targeting", Event::civilianTargeting);
        put(defined, "iso", Kind.INT, true, r -> r.event().iso());
        text(defined, "region", Event::region);
        text(defined, "country", Event::country);
        text(defined, "admin1", Event::admin1);
        text(defined, "admin2", Event::admin2);
        text(defined, "admin3", Event::admin3);
        text(defined, "location", Event::location);
        put(defined, "latitude", Kind.DOUBLE, true, r -> r.event().latitude());
        put(defined, "longitude", Kind.DOUBLE, true, r -> r.event().longitude());
        put(defined, "geo_precision", Kind.INT, true, r -> r.event().geoPrecision());
        text(defined, "source", Event::source);
        text(defined, "source_scale", e -> null); // Marsad does not know a source's scale
        text(defined, "notes", Event::notes);
        put(defined, "fatalities", Kind.INT, true, r -> r.event().fatalities());
        text(defined, "tags", e -> null); // nor ACLED's tags
        put(defined, "timestamp", Kind.LONG, true, EventRow::timestamp);
        put(defined, "marsad_report_id", Kind.STRING, true, EventRow::reportId);
        put(defined, "marsad_event_number", Kind.INT, true, EventRow::number);
        put(defined, "marsad_confidence", Kind.DOUBLE, true, r -> r.event().confidence());

        List<String> order = new ArrayList<>(AcledCsvWriter.COLUMNS);
        order.addAll(MARSAD);
        List<Column> out = new ArrayList<>(order.size());
        for (String name : order) {
            Column c = defined.remove(name);
            if (c == null) {
                throw new IllegalStateException("column " + name + " of the ACLED export has no Parquet definition");
            }
            out.add(c);
        }
        if (!defined.isEmpty()) {
            throw new IllegalStateException("Parquet columns not in the ACLED export: " + defined.keySet());
        }
        return List.copyOf(out);
    }

    private static void put(Map<String, Column> defined, String name, Kind kind, boolean required,
                            Function<EventRow, Object> value) {
        defined.put(name, new Column(name, kind, required, value));
    }

    private static void text(Map<String, Column> defined, String name, Function<Event, String> value) {
        put(defined, name, Kind.STRING, false, r -> {
            String s = value.apply(r.event());
            return s == null || s.isBlank() ? null : s;
        });
    }

    private static MessageType schema(List<Column> columns) {
        List<Type> fields = new ArrayList<>(columns.size());
        for (Column c : columns) {
            Type.Repetition repetition = c.required() ? Type.Repetition.REQUIRED : Type.Repetition.OPTIONAL;
            PrimitiveType type = switch (c.kind()) {
                case STRING -> Types.primitive(PrimitiveTypeName.BINARY, repetition)
                        .as(LogicalTypeAnnotation.stringType()).named(c.name());
                case DATE -> Types.primitive(PrimitiveTypeName.INT32, repetition)
                        .as(LogicalTypeAnnotation.dateType()).named(c.name());
                case INT -> Types.primitive(PrimitiveTypeName.INT32, repetition).named(c.name());
                case LONG -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(c.name());
                case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(c.name());
            };
            fields.add(type);
        }
        return new MessageType("acled_event", fields);
    }
}
