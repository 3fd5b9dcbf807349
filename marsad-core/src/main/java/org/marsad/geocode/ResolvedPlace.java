package org.marsad.geocode;

import java.util.List;
import java.util.Objects;
import org.marsad.geocode.gazetteer.GazetteerEntry;
import org.marsad.recognize.PlaceMention;

/** A place of a report resolved to one gazetteer entry, with every mention that names it. */
public record ResolvedPlace(GazetteerEntry entry, List<PlaceMention> mentions) {

    public ResolvedPlace {
        Objects.requireNonNull(entry, "entry");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("a resolved place needs at least one mention: " + entry.id());
        }
    }
}
