package org.marsad.model;

/** How two actors relate; the direction is source → target unless {@link #symmetric()}. */
public enum RelationType {
    /** Source merged into, or pledged allegiance to, the target. */
    JOINED,
    /** Source is a unit or faction of the target. */
    PART_OF,
    ALLIED_WITH,
    FIGHTS,
    /** Source mediates between the target and another party. */
    MEDIATES,
    /** Source declares the target an enemy, apostate or 'khawarij'. */
    DENOUNCES,
    SPLIT_FROM,
    AGREEMENT_WITH;

    public boolean symmetric() {
        return this == ALLIED_WITH || this == FIGHTS || this == AGREEMENT_WITH;
    }
}
