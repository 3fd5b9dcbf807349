package org.marsad.knowledge.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the actor registry.
 *
 * @param id        stable slug ({@code hts}, {@code military_forces_syria}); other data and analysts refer to it
 * @param name      canonical English name in ACLED style ("Hayat Tahrir al-Sham", "Civilians (Syria)")
 * @param type      ACLED actor type; {@code null} only for persons and media
 * @param kind      what sort of entry this is
 * @param country   ISO 3166-1 alpha-2 code of the country it fights in or belongs to, or {@code null}
 * @param aliasesAr Arabic names under which it may be recognised anywhere in a report
 * @param aliasesEn English spellings and acronyms
 * @param shortAr   anaphoric short forms ("الهيئة") that name it only after a full name has appeared in the
 *                  same report; they are common words and must never be matched on their own
 * @param note      free text for analysts, or empty
 * @param from      first day the actor exists, or {@code null} when unknown or of no concern; a year or a month
 *                  in the data stands for its first day
 * @param to        last day it exists, or {@code null} when it still does or is unknown; a year or a month stands
 *                  for its last day. Among actors that share an alias, the report's date chooses by these periods
 *                  ({@link ActorChoice})
 */
public record ActorRecord(String id, String name, ActorType type, ActorKind kind, String country,
                          List<String> aliasesAr, List<String> aliasesEn, List<String> shortAr, String note,
                          LocalDate from, LocalDate to) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_]*");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    public ActorRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "id must be a lower-case slug of letters, digits and '_': id=\"" + id + "\"");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: id=" + id);
        }
        if (type == null && kind.requiresType()) {
            throw new IllegalArgumentException("a " + kind.label() + " needs an ACLED actor type: id=" + id);
        }
        if (country != null && !ISO2.matcher(country).matches()) {
            throw new IllegalArgumentException(
                    "country must be an ISO 3166-1 alpha-2 code such as SY: country=\"" + country + "\", id=" + id);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: from=" + from + ", to=" + to + ", id=" + id);
        }
        aliasesAr = List.copyOf(aliasesAr);
        aliasesEn = List.copyOf(aliasesEn);
        shortAr = List.copyOf(shortAr);
        note = note == null ? "" : note;
    }

    /** Whether the actor exists on {@code day}; an unknown start or end is taken as open. */
    public boolean activeOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The Arabic name to show: the first Arabic alias, or the English name when there is none. */
    public String preferredArabicName() {
        return aliasesAr.isEmpty() ? name : aliasesAr.get(0);
    }
}
