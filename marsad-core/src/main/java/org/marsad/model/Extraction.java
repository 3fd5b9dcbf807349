package org.marsad.model;

import java.util.List;
import java.util.Objects;

/** Everything Marsad found in one report. */
public record Extraction(Report report, List<Actor> actors, List<Place> places, List<Event> events,
                         List<Relation> relations) {

    public Extraction {
        Objects.requireNonNull(report, "report");
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        events = List.copyOf(events);
        relations = List.copyOf(relations);
    }
}
