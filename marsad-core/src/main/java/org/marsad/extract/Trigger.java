package org.marsad.extract;

import java.util.Objects;

/**
 * What a trigger word says: the ACLED event type and sub-event type it signals, and whether it makes an event
 * on its own ({@code strong}) or only when no stronger word shares its clause.
 */
public record Trigger(String form, String eventType, String subEventType, boolean strong) {

    public Trigger {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(subEventType, "subEventType");
        if (!EventTypes.isSubEventOf(eventType, subEventType)) {
            throw new IllegalArgumentException("'" + subEventType + "' is not an ACLED sub-event type of '" + eventType + "'");
        }
    }
}
