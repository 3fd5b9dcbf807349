package org.marsad.store;

import java.util.Objects;
import org.marsad.model.Event;

/**
 * An event as stored: the extractor's values with any analyst's corrections applied.
 *
 * @param key              stable key (see {@link EventKeys}), the handle for corrections
 * @param reportHash       the content hash of its report
 * @param articleId        its report's id
 * @param url              its report's URL, or {@code null}
 * @param ordinal          its number in its report (1-based), as in ACLED's {@code event_id_cnty}
 * @param event            the event; its evidence is empty unless the query asked for it
 * @param corrected        whether an analyst's correction changed it
 * @param extractorVersion the extractor that produced it
 */
public record StoredEvent(String key, String reportHash, String articleId, String url, int ordinal, Event event,
                          boolean corrected, String extractorVersion) {

    public StoredEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reportHash, "reportHash");
        Objects.requireNonNull(event, "event");
    }
}
