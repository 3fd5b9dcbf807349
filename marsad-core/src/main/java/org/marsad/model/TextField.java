package org.marsad.model;

/** Which string of a {@link Report} a span points into. */
public enum TextField {
    /** {@link Report#title()}. */
    TITLE,
    /** {@link Report#text()}. */
    TEXT;

    public String of(Report report) {
        return this == TITLE ? report.title() : report.text();
    }
}
