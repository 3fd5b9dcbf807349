package org.marsad.geocode.gazetteer;

/** What sort of place a gazetteer entry is; the resolver ranks candidates partly by kind. */
public enum PlaceKind {
    /** A sovereign state or territory (from the hand-made countries table). */
    COUNTRY,
    /** First-level unit: governorate, muhafaza, province. */
    ADMIN1,
    /** Second-level unit: district (Syria: mantiqa), qada (Iraq), mudiriya (Yemen). */
    ADMIN2,
    /** Third-level unit: sub-district (Syria: nahiya). */
    ADMIN3,
    /** City, town, village or hamlet. */
    LOCALITY,
    /** Part of a city. */
    NEIGHBOURHOOD,
    /** Anything else with a name and a point: airports, bases, campuses. */
    OTHER
}
