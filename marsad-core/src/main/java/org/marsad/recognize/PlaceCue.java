package org.marsad.recognize;

/**
 * The words before a place name that say it is one, and what kind of reference they make.
 * Ordered from the weakest evidence to the strongest.
 */
public enum PlaceCue {
    /** Nothing before the name says it is a place. */
    NONE,
    /** A preposition: في، من، إلى، قرب، عبر، or the proclitic ب/ل on the name itself. */
    WEAK,
    /** The next item of a list whose head was a place: {@code بلدات التمانعة وسجنة وركايا}. */
    LIST,
    /** A settlement noun: مدينة، بلدة، قرية، حي، مخيم، منطقة، بلدات… */
    SETTLEMENT,
    /** {@code محافظة X}: the governorate itself. */
    GOVERNORATE,
    /** {@code ريف X}، {@code ريفي X وY}، {@code أرياف X}: the countryside of X (ACLED geo_precision 3). */
    COUNTRYSIDE,
    /** {@code شرقي مدينة X}، {@code جنوب X}، {@code محيط X}: near X, not X itself (ACLED geo_precision 2). */
    DIRECTION;

    /** Whether the cue alone is enough to take a word that is also a common noun as a place. */
    public boolean isStrong() {
        return this.compareTo(SETTLEMENT) >= 0;
    }
}
