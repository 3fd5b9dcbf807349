package org.marsad.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The fields of an event an analyst may correct, named as ACLED's columns (and the event table's), with
 * the kind of value each takes. {@code deleted} ({@code true}/{@code false}) hides a false event from
 * queries and exports without removing it.
 */
public enum CorrectionField {
    EVENT_DATE("event_date", Kind.DATE),
    TIME_PRECISION("time_precision", Kind.PRECISION),
    EVENT_TYPE("event_type", Kind.REQUIRED_TEXT),
    SUB_EVENT_TYPE("sub_event_type", Kind.TEXT),
    ACTOR1("actor1", Kind.TEXT),
    ASSOC_ACTOR_1("assoc_actor_1", Kind.TEXT),
    ACTOR2("actor2", Kind.TEXT),
    ASSOC_ACTOR_2("assoc_actor_2", Kind.TEXT),
    INTER1("inter1", Kind.TEXT),
    INTER2("inter2", Kind.TEXT),
    CIVILIAN_TARGETING("civilian_targeting", Kind.TEXT),
    ADMIN1("admin1", Kind.TEXT),
    ADMIN2("admin2", Kind.TEXT),
    ADMIN3("admin3", Kind.TEXT),
    LOCATION("location", Kind.TEXT),
    LATITUDE("latitude", Kind.LATITUDE),
    LONGITUDE("longitude", Kind.LONGITUDE),
    GEO_PRECISION("geo_precision", Kind.PRECISION),
    FATALITIES("fatalities", Kind.COUNT),
    NOTES("notes", Kind.TEXT),
    DELETED("deleted", Kind.FLAG);

    /** How a field's value is written, checked and bound. */
    private enum Kind { TEXT, REQUIRED_TEXT, DATE, PRECISION, COUNT, LATITUDE, LONGITUDE, FLAG }

    private final String column;
    private final Kind kind;

    CorrectionField(String column, Kind kind) {
        this.column = column;
        this.kind = kind;
    }

    /** The column name, which is also the name an analyst gives. */
    public String column() {
        return column;
    }

    /** Whether a change of this field changes which actors or which day the event is found under. */
    boolean affectsActorIndex() {
        return this == EVENT_DATE || this == ACTOR1 || this == ACTOR2 || this == ASSOC_ACTOR_1 || this == ASSOC_ACTOR_2;
    }

    public static Optional<CorrectionField> byName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(f -> f.column.equals(n)).findFirst();
    }

    /** The accepted field names, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(CorrectionField::column).collect(Collectors.joining(", "));
    }

    /**
     * The value in the form it is stored in a correction row (trimmed; dates ISO; numbers plain).
     *
     * @throws IllegalArgumentException naming the field and the value when the value does not fit the field
     */
    public String canonical(String value) {
        String v = value == null ? "" : value.strip();
        try {
            return switch (kind) {
                case TEXT -> v;
                case REQUIRED_TEXT -> {
                    if (v.isEmpty()) {
                        throw new IllegalArgumentException("must not be empty");
                    }
                    yield v;
                }
                case DATE -> LocalDate.parse(v).toString();
                case PRECISION -> Integer.toString(inRange(Integer.parseInt(v), 1, 3));
                case COUNT -> Integer.toString(inRange(Integer.parseInt(v), 0, Integer.MAX_VALUE));
                case LATITUDE -> Double.toString(inRange(Double.parseDouble(v), -90, 90));
                case LONGITUDE -> Double.toString(inRange(Double.parseDouble(v), -180, 180));
                case FLAG -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "1" -> "true";
                    case "false", "no", "0" -> "false";
                    default -> throw new IllegalArgumentException("must be true or false");
                };
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid " + column + " ("
                    + expected() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not a valid " + column + ": " + e.getMessage()
                    + " (" + expected() + ")", e);
        }
    }

    /** The value as bound to the column: String, Integer or Double. */
    Object bindable(String canonical) {
        return switch (kind) {
            case TEXT, REQUIRED_TEXT, DATE -> canonical;
            case PRECISION, COUNT -> Integer.parseInt(canonical);
            case LATITUDE, LONGITUDE -> Double.parseDouble(canonical);
            case FLAG -> Boolean.parseBoolean(canonical) ? 1 : 0;
        };
    }

    /** A column value as read back (String, Integer, Long or Double) in canonical form. */
    String fromColumn(Object value) {
        if (value == null) {
            return kind == Kind.FLAG ? "false" : "";
        }
        return switch (kind) {
            case FLAG -> ((Number) value).intValue() != 0 ? "true" : "false";
            case PRECISION, COUNT -> Integer.toString(((Number) value).intValue());
            case LATITUDE, LONGITUDE -> Double.toString(((Number) value).doubleValue());
            default -> value.toString();
        };
    }

    private String expected() {
        return switch (kind) {
            case TEXT -> "any text";
            case REQUIRED_TEXT -> "non-empty text";
            case DATE -> "a date such as 2019-05-12";
            case PRECISION -> "1, 2 or 3";
            case COUNT -> "a whole number, 0 or more";
            case LATITUDE -> "a number from -90 to 90";
            case LONGITUDE -> "a number from -180 to 180";
            case FLAG -> "true or false";
        };
    }

    private static int inRange(int v, int min, int max) {
        if (v < min || v > max) {
            throw new IllegalArgumentException("out of range");
        }
        return v;
    }

    private static double inRange(double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException("out of range");
        }
        return v;
    }
}
