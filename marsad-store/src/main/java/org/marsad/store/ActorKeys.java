package org.marsad.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.marsad.model.Actor;
import org.marsad.text.ArabicNormalizer;

/**
 * The lookup keys under which an event is found by actor: for each of its actors (actor 1 and 2 and their
 * associates, which ACLED separates with {@code ;}) the ACLED name, the name without a trailing period in
 * parentheses ({@code Military Forces of Syria (2000-2024)} is also {@code military forces of syria}), and,
 * when the report's actors name it, the registry id and the Arabic name. Every key goes through
 * {@link ArabicNormalizer#key}, as does a query's actor, so case, hamza spellings, tatweel, quotes and
 * hyphens don't matter.
 */
public final class ActorKeys {

    private ActorKeys() {
    }

    /** The key a query's {@code --actor} value is looked up by. */
    public static String query(String actor) {
        return ArabicNormalizer.key(actor);
    }

    /**
     * The keys of an event whose actor fields are {@code names} (empty ones ignored), with the report's
     * actors for ids and Arabic names.
     */
    public static Set<String> of(Collection<String> names, Collection<Actor> reportActors) {
        Set<String> keys = new LinkedHashSet<>();
        for (String field : names) {
            if (field == null) {
                continue;
            }
            for (String name : field.split(";")) {
                String n = name.strip();
                if (n.isEmpty()) {
                    continue;
                }
                add(keys, n);
                int paren = n.lastIndexOf(" (");
                if (paren > 0 && n.endsWith(")")) {
                    add(keys, n.substring(0, paren));
                }
                for (Actor a : reportActors) {
                    if (a.name().equals(n)) {
                        add(keys, a.id());
                        if (a.nameAr() != null) {
                            add(keys, a.nameAr());
                        }
                    }
                }
            }
        }
        return keys;
    }

    private static void add(Set<String> keys, String name) {
        String k = ArabicNormalizer.key(name);
        if (!k.isEmpty()) {
            keys.add(k);
        }
    }
}
