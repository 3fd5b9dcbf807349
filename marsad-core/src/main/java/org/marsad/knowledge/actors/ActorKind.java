package org.marsad.knowledge.actors;

import java.util.Locale;
import java.util.Optional;

/**
 * What sort of entry a registry record is. Only {@link #GROUP}, {@link #STATE} and {@link #GENERIC} records
 * can be event actors on their own; persons and media outlets are there so that the recognizer can tell a
 * leader or a cited source from a fighting party.
 */
public enum ActorKind {
    /** A named armed group, militia or movement. */
    GROUP,
    /** A state's military, police or security forces. */
    STATE,
    /** An ACLED generic actor: "Civilians (Syria)", "Unidentified Armed Group (Syria)", "Protesters (Iraq)"… */
    GENERIC,
    /** A leader or spokesman; the group is named in the note. */
    PERSON,
    /** A news outlet, agency or monitor cited as a source. */
    MEDIA;

    /** The spelling used in the data files: lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind spelled {@code label} in a data file, if any. */
    public static Optional<ActorKind> fromLabel(String label) {
        for (ActorKind k : values()) {
            if (k.label().equalsIgnoreCase(label.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Whether a record of this kind must carry an ACLED actor type. */
    public boolean requiresType() {
        return this == GROUP || this == STATE || this == GENERIC;
    }
}
