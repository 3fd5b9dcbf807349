package org.marsad.incident;

import java.util.List;
import java.util.Set;

/**
 * Which ACLED sub-event types two reports may give for one event. Reports of one event often disagree on its
 * sub-type because they saw different parts of it or worded it differently:
 * <ul>
 *   <li>Battles: an armed clash one outlet reports is the takeover another reports (all three sub-types);</li>
 *   <li>Explosions/Remote violence: Arabic قصف covers shelling and air strikes, and a chemical attack is
 *       delivered by one or the other (air/drone strike, shelling/artillery/missile attack, chemical weapon);
 *       a first report's explosion is a later one's suicide bomb (remote explosive/landmine/IED, suicide bomb,
 *       grenade);</li>
 *   <li>Protests: a peaceful protest in one report is the protest with intervention or excessive force in
 *       another (all three); Riots: both sub-types;</li>
 *   <li>Violence against civilians and Strategic developments: only the same sub-type (an abduction is not an
 *       attack, an arrest is not an agreement).</li>
 * </ul>
 * A blank sub-type is compatible with any; a sub-type outside the codebook only with itself.
 */
final class SubEventTypes {

    private static final List<Set<String>> GROUPS = List.of(
            Set.of("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
            Set.of("Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon"),
            Set.of("Suicide bomb", "Remote explosive/landmine/IED", "Grenade"),
            Set.of("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
            Set.of("Violent demonstration", "Mob violence"));

    private SubEventTypes() {
    }

    /** Whether one event could be reported as {@code a} by one source and {@code b} by another. */
    static boolean compatible(String a, String b) {
        if (a == null || a.isBlank() || b == null || b.isBlank() || a.equals(b)) {
            return true;
        }
        for (Set<String> group : GROUPS) {
            if (group.contains(a) && group.contains(b)) {
                return true;
            }
        }
        return false;
    }
}
