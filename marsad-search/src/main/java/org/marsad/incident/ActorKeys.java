package org.marsad.incident;

import java.util.LinkedHashSet;
import java.util.Set;
import org.marsad.model.Event;
import org.marsad.text.ArabicNormalizer;

/**
 * The actors that identify who took part in an event, under canonical names ({@link ArabicNormalizer#key}:
 * case, spacing and Arabic spelling variants folded). Only {@code actor1} and {@code actor2} count. An actor
 * does not identify an event when it is blank, unidentified ({@code Unidentified Armed Group (Syria)}), or a
 * generic victim or crowd whose type is Civilians, Protesters or Rioters: two attacks on civilians by
 * different perpetrators share "Civilians (Syria)" without being one event.
 */
final class ActorKeys {

    private static final Set<String> CROWD_TYPES = Set.of("civilians", "protesters", "rioters");

    private ActorKeys() {
    }

    /** The canonical names of the identifying actors of {@code e}; empty when none is known. */
    static Set<String> of(Event e) {
        Set<String> keys = new LinkedHashSet<>(2);
        add(keys, e.actor1(), e.inter1());
        add(keys, e.actor2(), e.inter2());
        return keys;
    }

    /** At least one identifying actor in common, or no identifying actor on one side. */
    static boolean overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (String k : a) {
            if (b.contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static void add(Set<String> keys, String name, String type) {
        if (name == null || name.isBlank()) {
            return;
        }
        String key = ArabicNormalizer.key(name);
        if (key.startsWith("unidentified") || (type != null && CROWD_TYPES.contains(ArabicNormalizer.key(type)))) {
            return;
        }
        keys.add(key);
    }
}
