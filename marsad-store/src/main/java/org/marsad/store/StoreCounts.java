package org.marsad.store;

/** How many rows each table of a store holds. */
public record StoreCounts(long reports, long sources, long actors, long places, long events, long eventActors,
                          long relations, long mentions, long corrections, long correctionLog, long extractors,
                          long incidents) {

    /** One line for a person. */
    public String toLine() {
        return reports + " reports, " + events + " events (" + incidents + " incidents), " + actors + " actors, "
                + places + " places, " + relations + " relations, " + mentions + " mentions, " + sources + " sources, " + corrections
                + " corrections";
    }
}
