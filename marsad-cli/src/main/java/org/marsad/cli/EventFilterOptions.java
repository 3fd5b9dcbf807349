package org.marsad.cli;

import java.time.LocalDate;
import org.marsad.store.BoundingBox;
import org.marsad.store.EventQuery;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The criteria of {@code marsad events} and of exports from a store. */
final class EventFilterOptions {

    @Option(names = "--actor", paramLabel = "ACTOR",
            description = "any of the event's actors: ACLED name (with or without its period), registry id or Arabic name")
    String actor;

    @Option(names = "--type", paramLabel = "TYPE", description = "event type or sub-event type, e.g. Battles, 'Air/drone strike'")
    String type;

    @Option(names = "--from", paramLabel = "DATE", description = "first day, e.g. 2019-05-01")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day, inclusive")
    LocalDate to;

    @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat", converter = BoxConverter.class,
            description = "where the event lies, e.g. 36.3,35.5,37.0,36.2")
    BoundingBox box;

    @Option(names = "--admin1", paramLabel = "NAME", description = "first-level unit (governorate), e.g. Idleb")
    String admin1;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "at most N events (default: all)")
    int limit;

    /** Whether any criterion was given. */
    boolean any() {
        return actor != null || type != null || from != null || to != null || box != null || admin1 != null || limit != 0;
    }

    /** @throws IllegalArgumentException for a range that ends before it starts or a negative limit */
    EventQuery query() {
        return new EventQuery(actor, type, from, to, box, admin1, limit, false);
    }

    /** Reads {@code --bbox}, naming the problem when it is not four numbers in order. */
    static final class BoxConverter implements ITypeConverter<BoundingBox> {
        @Override
        public BoundingBox convert(String value) {
            try {
                return BoundingBox.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
