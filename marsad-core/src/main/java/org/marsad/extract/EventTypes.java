package org.marsad.extract;

import java.util.List;
import java.util.Map;

/**
 * ACLED's event types and sub-event types, spelled as the codebook spells them.
 */
public final class EventTypes {

    public static final String BATTLES = "Battles";
    public static final String PROTESTS = "Protests";
    public static final String RIOTS = "Riots";
    public static final String EXPLOSIONS = "Explosions/Remote violence";
    public static final String VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians";
    public static final String STRATEGIC = "Strategic developments";
    public static final String AIR_STRIKE = "Air/drone strike";
    public static final String SHELLING = "Shelling/artillery/missile attack";
    public static final String CHEMICAL_WEAPON = "Chemical weapon";
    public static final String NON_VIOLENT_TRANSFER = "Non-violent transfer of territory";

    private static final Map<String, List<String>> SUB_TYPES = Map.of(
            BATTLES, List.of("Government regains territory", "Non-state actor overtakes territory", "Armed clash"),
            PROTESTS, List.of("Excessive force against protesters", "Protest with intervention", "Peaceful protest"),
            RIOTS, List.of("Violent demonstration", "Mob violence"),
            EXPLOSIONS, List.of("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                    "Remote explosive/landmine/IED", "Grenade"),
            VIOLENCE_AGAINST_CIVILIANS, List.of("Sexual violence", "Attack", "Abduction/forced disappearance"),
            STRATEGIC, List.of("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                    "Headquarters or base established", "Looting/property destruction",
                    "Non-violent transfer of territory", "Other"));

    private EventTypes() {
    }

    public static boolean isSubEventOf(String eventType, String subEventType) {
        List<String> subs = SUB_TYPES.get(eventType);
        return subs != null && subs.contains(subEventType);
    }


    /** ACLED's {@code disorder_type} of an event type. */
    public static String disorderType(String eventType) {
        return switch (eventType) {
            case PROTESTS, RIOTS -> "Demonstrations";
            case STRATEGIC -> "Strategic developments";
            default -> "Political violence";
        };
    }
}
