package org.marsad.parquet;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Hands each {@link EventRow} to Parquet's record consumer, column by column as {@link EventColumns} defines
 * them; a null value leaves an optional column empty. The Hadoop variant of {@code init} exists because the
 * base class declares it; Marsad always passes a plain Parquet configuration, so Hadoop is never loaded.
 */
final class EventWriteSupport extends WriteSupport<EventRow> {

    private final List<EventColumns.Column> columns = EventColumns.ALL;
    private RecordConsumer out;

    @Override
    @SuppressWarnings("deprecation") // abstract in the base class; never called
    public WriteContext init(Configuration configuration) {
        return context();
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return context();
    }

    private static WriteContext context() {
        return new WriteContext(EventColumns.SCHEMA, Map.of("writer", "Marsad"));
    }

    @Override
    public String getName() {
        return "marsad";
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        out = recordConsumer;
    }

    @Override
    public void write(EventRow row) {
        out.startMessage();
        for (int i = 0; i < columns.size(); i++) {
            EventColumns.Column c = columns.get(i);
            Object value = c.value().apply(row);
            if (value == null) {
                if (c.required()) {
                    throw new IllegalArgumentException("event " + row.number() + " of report " + row.reportId()
                            + " has no " + c.name());
                }
                continue;
            }
            out.startField(c.name(), i);
            switch (c.kind()) {
                case STRING -> out.addBinary(Binary.fromString((String) value));
                case DATE -> out.addInteger(Math.toIntExact(((LocalDate) value).toEpochDay()));
                case INT -> out.addInteger((Integer) value);
                case LONG -> out.addLong((Long) value);
                case DOUBLE -> out.addDouble((Double) value);
            }
            out.endField(c.name(), i);
        }
        out.endMessage();
    }
}
