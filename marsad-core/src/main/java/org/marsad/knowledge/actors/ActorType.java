package org.marsad.knowledge.actors;

import java.util.Optional;

/**
 * ACLED actor types with their inter codes (ACLED codebook, "Actors": 1 State forces … 8 External/Other
 * forces). A state's forces acting outside their own country are External/Other forces.
 */
public enum ActorType {
    STATE_FORCES(1, "State forces"),
    REBEL_GROUP(2, "Rebel group"),
    POLITICAL_MILITIA(3, "Political militia"),
    IDENTITY_MILITIA(4, "Identity militia"),
    RIOTERS(5, "Rioters"),
    PROTESTERS(6, "Protesters"),
    CIVILIANS(7, "Civilians"),
    EXTERNAL_OTHER_FORCES(8, "External/Other forces");

    private final int interCode;
    private final String label;

    ActorType(int interCode, String label) {
        this.interCode = interCode;
        this.label = label;
    }

    /** The ACLED inter code, 1 to 8. */
    public int interCode() {
        return interCode;
    }

    /** The ACLED spelling, e.g. {@code "External/Other forces"}. */
    public String label() {
        return label;
    }

    /** The type whose ACLED label is {@code label} (exact spelling, case ignored), if any. */
    public static Optional<ActorType> fromLabel(String label) {
        for (ActorType t : values()) {
            if (t.label.equalsIgnoreCase(label.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type with ACLED inter code {@code code}. */
    public static ActorType fromInterCode(int code) {
        for (ActorType t : values()) {
            if (t.interCode == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("no ACLED actor type has inter code " + code + " (expected 1 to 8)");
    }
}
