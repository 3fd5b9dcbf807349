package org.marsad.knowledge.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * Which of the actors that share a name (an alias marked {@code ~}) a report means. The report's country
 * counts first: {@code القوات الحكومية} in a report from Iraq are Iraq's forces, whatever the date. Among the
 * actors left, the one that exists on the report's date wins: {@code الجيش السوري} is "Military Forces of Syria
 * (2000-2024)" in a report of 2018 and "Military Forces of Syria (2024-)" in one of 2025. Remaining ties go to
 * the actor listed first in the registry. Stateless.
 */
public final class ActorChoice {

    private static final int SAME_COUNTRY = 2;
    private static final int ACTIVE = 1;

    private ActorChoice() {
    }

    /**
     * The best of {@code candidates}, or {@code null} when there are none.
     *
     * @param country the report's country (ISO alpha-2), or {@code null} when unknown
     * @param day     the report's date, or {@code null} when unknown: then periods are not looked at
     */
    public static ActorRecord choose(List<ActorRecord> candidates, String country, LocalDate day) {
        ActorRecord best = null;
        int bestScore = -1;
        for (ActorRecord a : candidates) {
            int score = (country != null && country.equals(a.country()) ? SAME_COUNTRY : 0)
                    + (day == null || a.activeOn(day) ? ACTIVE : 0);
            if (score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return best;
    }
}
