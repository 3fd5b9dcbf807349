package org.marsad.geocode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.geocode.gazetteer.GazetteerEntry;
import org.marsad.geocode.gazetteer.PlaceKind;
import org.marsad.recognize.PlaceCue;
import org.marsad.recognize.PlaceMention;
import org.marsad.text.ArabicNormalizer;

/**
 * Decides which gazetteer entry each place name of a report stands for, and which names are places at all.
 * One name keeps one sense in a report ("one sense per discourse", Gale, Church and Yarowsky, 1992).
 * The passes, in order:
 * <ol>
 *   <li><b>focus</b>: the report's country, by votes of its names (a country named, or a name whose entries all
 *       lie in one country, counts most);</li>
 *   <li><b>admin context</b>: a governorate or district the report names ({@code بريف إدلب الجنوبي}) favours
 *       the entries inside it;</li>
 *   <li><b>anchors</b>: names with one plausible entry anchor the others, which favour entries near them;</li>
 *   <li><b>rank</b>: country focus, kind (a city before the governorate of the same name unless the text says
 *       {@code محافظة}), population;</li>
 *   <li><b>accept</b>: a name is a place when a cue says so, or it is a country, governorate or large city,
 *       or it lies near the report's other places.</li>
 * </ol>
 * Holds nothing but a memo of the keys of administrative names; may be shared between threads. The
 * candidate lists (immutable) are walked by index: their iterators are not optimized away.
 */
public final class PlaceResolver {

    /** A town this large is a place even without a cue. */
    static final long LARGE_CITY = 100_000;
    /** After a bare preposition, a place of the report's country with at least this many people is taken. */
    static final long SETTLED = 1_000;
    /** A name with a weak cue is taken when it lies this close to another place of the report (half that without one). */
    static final double NEAR_KM = 30;

    /**
     * The {@link ArabicNormalizer#key key} of each governorate and district name a candidate has carried, worked
     * out once: a few thousand such names are shared by all the gazetteer's entries, and ranking a common name
     * scores hundreds of candidates.
     */
    private final Map<String, String> adminKeys = new ConcurrentHashMap<>();

    public List<ResolvedPlace> resolve(List<PlaceMention> mentions) {
        Map<String, List<PlaceMention>> byKey = new LinkedHashMap<>();
        for (PlaceMention m : mentions) {
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
        }
        String focus = focusCountry(byKey);
        Set<String> namedAdmin = new HashSet<>(byKey.keySet());

        Map<String, GazetteerEntry> chosen = new LinkedHashMap<>();
        Map<String, double[]> standings = new HashMap<>();
        for (Map.Entry<String, List<PlaceMention>> group : byKey.entrySet()) {
            List<GazetteerEntry> candidates = group.getValue().get(0).candidates();
            GazetteerEntry country = countryAmong(candidates);
            if (country != null) {
                chosen.put(group.getKey(), country); // a country's name names the country, never a village of that name
                continue;
            }
            double[] standing = standing(group.getValue(), focus, namedAdmin);
            standings.put(group.getKey(), standing);
            chosen.put(group.getKey(), best(candidates, standing, List.of()));
        }
        // anchors: re-rank the ambiguous names by distance to the places that are not ambiguous
        List<GazetteerEntry> anchors = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        for (Map.Entry<String, List<PlaceMention>> group : byKey.entrySet()) {
            GazetteerEntry e = chosen.get(group.getKey());
            if (isAnchor(group.getValue(), e, focus)) {
                anchors.add(e);
            } else {
                ambiguous.add(group.getKey());
            }
        }
        for (String key : ambiguous) {
            double[] standing = standings.get(key);
            if (standing != null) {
                chosen.put(key, best(byKey.get(key).get(0).candidates(), standing, anchors));
            }
        }
        List<GazetteerEntry> accepted = new ArrayList<>();
        Map<String, List<PlaceMention>> byEntry = new LinkedHashMap<>();
        Map<String, GazetteerEntry> entries = new HashMap<>();
        List<String> pending = new ArrayList<>();
        for (Map.Entry<String, List<PlaceMention>> group : byKey.entrySet()) {
            GazetteerEntry e = chosen.get(group.getKey());
            if (accept(group.getValue(), e, focus)) {
                accepted.add(e);
                byEntry.computeIfAbsent(e.id(), k -> new ArrayList<>()).addAll(group.getValue());
                entries.put(e.id(), e);
            } else {
                pending.add(group.getKey());
            }
        }
        for (String key : pending) {
            GazetteerEntry e = chosen.get(key);
            boolean cued = e.population() > 0 || byKey.get(key).stream().anyMatch(m -> m.cue() != PlaceCue.NONE);
            if (near(e, accepted, cued ? NEAR_KM : NEAR_KM / 2)) {
                byEntry.computeIfAbsent(e.id(), k -> new ArrayList<>()).addAll(byKey.get(key));
                entries.put(e.id(), e);
            }
        }
        List<ResolvedPlace> out = new ArrayList<>();
        for (Map.Entry<String, List<PlaceMention>> e : byEntry.entrySet()) {
            List<PlaceMention> ms = new ArrayList<>(e.getValue());
            ms.sort((a, b) -> a.field() != b.field() ? a.field().compareTo(b.field()) : a.span().compareTo(b.span()));
            out.add(new ResolvedPlace(entries.get(e.getKey()), ms));
        }
        return out;
    }

    /** The country most of the report's names point to, or {@code null} when none does. */
    static String focusCountry(Map<String, List<PlaceMention>> byKey) {
        Map<String, Double> votes = new HashMap<>();
        for (List<PlaceMention> group : byKey.values()) {
            List<GazetteerEntry> candidates = group.get(0).candidates();
            List<String> countries = countriesOf(candidates);
            boolean country = false;
            for (int c = 0; c < candidates.size(); c++) {
                GazetteerEntry e = candidates.get(c);
                country |= e.kind() == PlaceKind.COUNTRY;
            }
            double weight = group.size() * (anyStrong(group) ? 2.0 : 1.0);
            if (country) {
                weight *= 2;
            }
            for (String c : countries) {
                votes.merge(c, weight / countries.size(), Double::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The distinct countries of the candidates, in order of first appearance (a name has few candidates). */
    private static List<String> countriesOf(List<GazetteerEntry> candidates) {
        List<String> countries = new ArrayList<>(2);
        for (int c = 0; c < candidates.size(); c++) {
            GazetteerEntry e = candidates.get(c);
            if (!countries.contains(e.country())) {
                countries.add(e.country());
            }
        }
        return countries;
    }

    private static boolean anyStrong(List<PlaceMention> group) {
        for (PlaceMention m : group) {
            if (m.cue().isStrong()) {
                return true;
            }
        }
        return false;
    }

    private static GazetteerEntry countryAmong(List<GazetteerEntry> candidates) {
        for (int c = 0; c < candidates.size(); c++) {
            GazetteerEntry e = candidates.get(c);
            if (e.kind() == PlaceKind.COUNTRY) {
                return e;
            }
        }
        return null;
    }

    /**
     * The candidate with the best score: its {@code standing} (what it is, and where, for this report) plus,
     * when there are anchors, how near it lies to them.
     */
    private static GazetteerEntry best(List<GazetteerEntry> candidates, double[] standing,
                                       List<GazetteerEntry> anchors) {
        GazetteerEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            GazetteerEntry e = candidates.get(i);
            double s = standing[i];
            if (!anchors.isEmpty()) {
                double d = nearest(e, anchors);
                s += d < 15 ? 2.5 : d < 50 ? 1.5 : d < 150 ? 0.5 : 0;
            }
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * The part of each candidate's score that does not depend on the anchors: country focus, kind, the
     * governorate and district the report names, population. Worked out once, before and after the anchors.
     */
    private double[] standing(List<PlaceMention> group, String focus, Set<String> namedAdmin) {
        boolean governorate = true;
        for (PlaceMention m : group) {
            governorate &= m.cue() == PlaceCue.GOVERNORATE;
        }
        List<GazetteerEntry> candidates = group.get(0).candidates();
        double[] out = new double[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = standing(candidates.get(i), focus, governorate, namedAdmin);
        }
        return out;
    }

    private double standing(GazetteerEntry e, String focus, boolean governorate, Set<String> namedAdmin) {
        double s = 0;
        if (e.country().equals(focus)) {
            s += 3;
        }
        s += switch (e.kind()) {
            case COUNTRY -> 2.5;
            case ADMIN1 -> governorate ? 3 : 0.5;
            case ADMIN2, ADMIN3 -> 0.2;
            case LOCALITY -> 1;
            case NEIGHBOURHOOD -> 0.3;
            case OTHER -> 0;
        };
        if (e.admin1Ar() != null && e.kind() != PlaceKind.ADMIN1 && namedAdmin.contains(adminKey(e.admin1Ar()))) {
            s += 1.5;
        }
        if (e.admin2Ar() != null && e.kind() == PlaceKind.LOCALITY && namedAdmin.contains(adminKey(e.admin2Ar()))) {
            s += 0.5;
        }
        s += 0.8 * Math.log10(e.population() + 1.0);
        return s;
    }

    private String adminKey(String name) {
        String key = adminKeys.get(name); // a plain read: computeIfAbsent may lock a bin even when the key is there
        return key != null ? key : adminKeys.computeIfAbsent(name, ArabicNormalizer::key);
    }

    private static boolean isAnchor(List<PlaceMention> group, GazetteerEntry chosen, String focus) {
        if (chosen.kind() == PlaceKind.COUNTRY) {
            return false;
        }
        return chosen.country().equals(focus) && candidatesIn(focus, group) == 1
                || chosen.population() >= LARGE_CITY;
    }

    private static int candidatesIn(String country, List<PlaceMention> group) {
        int n = 0;
        List<GazetteerEntry> candidates = group.get(0).candidates();
        for (int c = 0; c < candidates.size(); c++) {
            GazetteerEntry e = candidates.get(c);
            if (e.country().equals(country)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a name is a place without help from the places around it. In the report's country: a
     * governorate, a large city, a name after a strong cue, or a populated place or admin unit after a
     * preposition. Abroad: a capital, or a large city after at least a preposition, named by its preferred
     * spelling and not a common word. Everything else waits for {@link #NEAR_KM neighbours}.
     */
    private static boolean accept(List<PlaceMention> group, GazetteerEntry e, String focus) {
        if (e.kind() == PlaceKind.COUNTRY || e.kind() == PlaceKind.ADMIN1) {
            return true;
        }
        PlaceCue cue = strongest(group);
        if (cue.isStrong() && e.country().equals(focus)) {
            return true;
        }
        boolean prepositional = cue != PlaceCue.NONE;
        if (e.country().equals(focus)) {
            return e.population() >= LARGE_CITY
                    || prepositional && (e.population() >= SETTLED || e.kind() == PlaceKind.ADMIN2 || e.kind() == PlaceKind.ADMIN3);
        }
        if (group.stream().anyMatch(PlaceMention::common)) {
            return false; // a common word abroad (المدينة → Medina) is not worth the risk
        }
        boolean capital = "PPLC".equals(e.featureCode());
        return (capital || prepositional && e.population() >= LARGE_CITY)
                && ArabicNormalizer.key(e.nameAr()).replace(" ", "").equals(group.get(0).key().replace(" ", ""));
    }

    private static PlaceCue strongest(List<PlaceMention> group) {
        PlaceCue best = PlaceCue.NONE;
        for (PlaceMention m : group) {
            if (m.cue().compareTo(best) > 0) {
                best = m.cue();
            }
        }
        return best;
    }

    private static boolean near(GazetteerEntry e, List<GazetteerEntry> others, double km) {
        return !others.isEmpty() && nearest(e, others) <= km;
    }

    /** The distance to the nearest of {@code others} (countries and {@code e} itself left out), or MAX_VALUE. */
    private static double nearest(GazetteerEntry e, List<GazetteerEntry> others) {
        double smallest = Double.MAX_VALUE;
        boolean any = false;
        for (GazetteerEntry o : others) {
            if (o != e && o.kind() != PlaceKind.COUNTRY) {
                smallest = Math.min(smallest, Distance.haversine(e.lat(), e.lon(), o.lat(), o.lon()));
                any = true;
            }
        }
        return any ? Distance.kmOfHaversine(smallest) : Double.MAX_VALUE;
    }
}
