package org.marsad.search;

/** What {@link ReportIndex#put(org.marsad.model.Report)} did. */
public enum PutResult {
    /** The index had no report with this id. */
    ADDED,
    /** The index had a report with this id and different content; it was replaced. */
    REPLACED,
    /** The index already had this report with the same content; nothing was written. */
    UNCHANGED
}
