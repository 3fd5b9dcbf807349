package org.marsad.knowledge.actors;

import java.util.Optional;

/** How one registry actor stands to another over time; read "source TYPE target". */
public enum LinkType {
    /** The source is a faction, brigade or member of the target coalition. */
    PART_OF,
    /** The source pledged to or merged into the target on the {@code from} date. */
    JOINED,
    /** The source is the target under a new name or after a merger (Fateh al-Sham SUCCESSOR_OF Nusra). */
    SUCCESSOR_OF,
    /** The source broke away from the target. */
    SPLIT_FROM,
    /** The source fights beside the target without belonging to it. */
    ALLIED_WITH;

    /** The link type spelled {@code label} (upper case, as in the data files), if any. */
    public static Optional<LinkType> fromLabel(String label) {
        for (LinkType t : values()) {
            if (t.name().equals(label.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
