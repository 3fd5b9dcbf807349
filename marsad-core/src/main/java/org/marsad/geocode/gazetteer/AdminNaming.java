package org.marsad.geocode.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Keeps districts and sub-districts from taking the bare name of a town. OCHA and WOF name many districts
 * after their seat (district Duma = دوما, Homs district = حمص, OCHA's central districts = مركز X). In news
 * the bare name means the town, and the unit is written with its unit word (منطقة دوما, ناحية أتارب, قضاء
 * الموصل). So a unit name equal to a locality name of the same country becomes "word name", and an OCHA
 * name "مركز X" also gets "word X". Words per country and level come from {@code admin-unit-words.tsv}.
 */
final class AdminNaming {

    /** OCHA's "centre" prefix of the central district of a governorate (مركز). */
    static final String CENTRE = "\u0645\u0631\u0643\u0632";
    static final String RESOURCE = "org/marsad/knowledge/places/admin-unit-words.tsv";
    private static final String[] LAYOUT = {"country", "kind", "word"};

    private final Map<String, String> words;

    AdminNaming(Map<String, String> words) {
        this.words = Map.copyOf(words);
    }

    static AdminNaming bundled() {
        Map<String, String> words = new HashMap<>();
        try (TsvReader in = TsvReader.openResource(RESOURCE)) {
            in.expectHeader(in.nextLine(), LAYOUT, LAYOUT.length);
            for (String line = in.nextLine(); line != null; line = in.nextLine()) {
                String[] f = TsvReader.split(line);
                if (f.length != 3 || f[2].isBlank()) {
                    throw in.error("expected country, kind and word");
                }
                try {
                    words.put(f[0].strip() + PlaceKind.valueOf(f[1].strip()), f[2].strip());
                } catch (IllegalArgumentException e) {
                    throw in.error("unknown kind '" + f[1] + "'");
                }
            }
        }
        return new AdminNaming(words);
    }

    /** Returns {@code entries} with the admin units renamed; counts renamed names in {@code stats}. */
    List<GazetteerEntry> apply(List<GazetteerEntry> entries, Map<String, Integer> stats) {
        Map<String, Set<String>> localityKeys = new HashMap<>();
        for (GazetteerEntry e : entries) {
            if (e.kind() == PlaceKind.LOCALITY) {
                Set<String> keys = localityKeys.computeIfAbsent(e.country(), c -> new HashSet<>());
                e.namesAr().forEach(n -> keys.add(ArabicNormalizer.key(n)));
            }
        }
        String centre = ArabicNormalizer.key(CENTRE) + ' ';
        List<GazetteerEntry> out = new ArrayList<>(entries.size());
        for (GazetteerEntry e : entries) {
            String word = words.get(e.country() + e.kind());
            if (word == null) {
                out.add(e);
                continue;
            }
            String wordKey = ArabicNormalizer.key(word) + ' ';
            Set<String> towns = localityKeys.getOrDefault(e.country(), Set.of());
            Map<String, String> names = new LinkedHashMap<>();
            for (String n : e.namesAr()) {
                String k = ArabicNormalizer.key(n);
                if (k.startsWith(centre)) {
                    names.putIfAbsent(k, n);
                    String bare = n.strip().substring(CENTRE.length()).strip();
                    names.putIfAbsent(wordKey + ArabicNormalizer.key(bare), word + ' ' + bare);
                    stats.merge("centre name also indexed as '" + word + " X'", 1, Integer::sum);
                } else if (towns.contains(k) && !k.startsWith(wordKey)) {
                    names.putIfAbsent(wordKey + k, word + ' ' + n);
                    stats.merge("unit name equal to a town name replaced by '" + word + " X'", 1, Integer::sum);
                } else {
                    names.putIfAbsent(k, n);
                }
            }
            List<String> renamed = List.copyOf(names.values());
            out.add(renamed.equals(e.namesAr()) ? e : new GazetteerEntry(e.id(), e.nameEn(), renamed, e.kind(),
                    e.featureCode(), e.country(), e.lat(), e.lon(), e.population(), e.admin1En(), e.admin1Ar(),
                    e.admin2En(), e.admin2Ar(), e.admin3En(), e.admin3Ar()));
        }
        return out;
    }
}
