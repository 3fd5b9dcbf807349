package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.marsad.model.Event;

/**
 * Stable keys of a report's events, so that an analyst's correction finds its event again after a
 * re-extraction. The key is the report's hash (first 16 hex digits), a dash, and the first 16 hex digits of
 * the SHA-256 of what identifies the event in ACLED's terms as the extractor coded it: date, event type,
 * location and the two main actors. Sub-event type, fatalities, notes and confidence are left out: a newer
 * extractor that refines them keeps the key. Two events of one report with the same identity (rare) get
 * {@code -2}, {@code -3}… in their order.
 *
 * <p>Keys are always computed from the machine's values, never from corrected ones.
 */
public final class EventKeys {

    private EventKeys() {
    }

    /** The keys of {@code events}, in their order. */
    public static List<String> of(String reportHash, List<Event> events) {
        List<String> keys = new ArrayList<>(events.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Event e : events) {
            String base = reportHash.substring(0, 16) + "-" + identity(e);
            int n = seen.merge(base, 1, Integer::sum);
            keys.add(n == 1 ? base : base + "-" + n);
        }
        return keys;
    }

    private static String identity(Event e) {
        String id = String.join("\u001f", e.eventDate().toString(), e.eventType(), nz(e.location()), nz(e.actor1()),
                nz(e.actor2()));
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("this Java runtime lacks SHA-256, which every Java SE must provide", ex);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
