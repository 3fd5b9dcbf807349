package org.marsad.model;

import java.util.List;
import java.util.Objects;

/**
 * An actor as found in one report.
 *
 * @param id       the registry key, or {@code new:<normalized name>} for a group the registry lacks
 * @param name     canonical name in ACLED style
 * @param nameAr   the Arabic name the registry prefers, or the name as the report spells it
 * @param type     ACLED actor type ("Rebel group", "State forces", ...), or {@code null} when unknown
 * @param country  ISO 3166-1 alpha-2 code, or {@code null}
 * @param mentions where the report names it, in text order
 */
public record Actor(String id, String name, String nameAr, String type, String country, List<Mention> mentions) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
    }
}
