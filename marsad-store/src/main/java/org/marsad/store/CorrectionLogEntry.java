package org.marsad.store;

import java.time.Instant;

/**
 * One line of a correction's audit trail.
 *
 * @param correctionId     the correction
 * @param seq              its number in the trail, from 1
 * @param action           {@code created}, {@code reapplied} (same key after a re-extraction), {@code reattached}
 *                         (another key, same date and place) or {@code unattached} (no event to apply it to)
 * @param eventKey         the event it was applied to, or {@code null} when unattached
 * @param machineValue     the extractor's value it replaced, or {@code null} when unattached
 * @param extractorVersion the extractor whose event it was applied to
 * @param loggedAt         when
 * @param detail           what happened, for a person
 */
public record CorrectionLogEntry(String correctionId, int seq, String action, String eventKey, String machineValue,
                                 String extractorVersion, Instant loggedAt, String detail) {
}
