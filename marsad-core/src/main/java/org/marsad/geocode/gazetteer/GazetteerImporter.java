package org.marsad.geocode.gazetteer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the compact gazetteer the loader reads ({@code places.tsv.gz}, {@code admins.tsv}, a copy of
 * {@code countries.tsv}) from the source files. Run by hand when the sources change; the output is
 * committed under {@code marsad-core/src/main/resources/org/marsad/knowledge/places/}.
 *
 * <pre>
 * java -cp marsad-core/target/classes org.marsad.geocode.gazetteer.GazetteerImporter \
 *     --countries countries.tsv --out DIR \
 *     [--places places.tsv] [--syr-admin syr_admin.tsv] [--neighbourhoods syr_ocha_neighbourhoods.tsv] \
 *     [--geonames allCountries.txt|XX.txt|cities1000.txt [--country XX]... [--feature-classes PA]] \
 *     [--min-population 10000]
 * </pre>
 *
 * What is kept:
 * <ul>
 *   <li>every {@code places.tsv} row with an Arabic name, except its country rows (countries come from
 *       {@code countries.tsv}) and the Syrian WOF regions/counties, whose names are merged into the OCHA unit
 *       of their {@code ocha_pcode};</li>
 *   <li>OCHA Syria admin levels 1-3 ({@code ocha:} + P-code) and, if given, the OCHA neighbourhoods;</li>
 *   <li>GeoNames rows (from {@code places.tsv} or a dump) outside the Middle East and Northern Africa only if
 *       they are national capitals or first-order seats (PPLC, PPLA, PPLG) or have at least
 *       {@code --min-population} people: smaller towns abroad rarely appear in Arabic conflict news, and their
 *       Arabic names mostly repeat those of famous places (a US Stuttgart, Damascus or Lebanon) that they
 *       would only compete with. A dump read with {@code --country} is kept whole: the user asked for it.</li>
 * </ul>
 * Districts and sub-districts are then renamed by {@link AdminNaming}.
 */
public final class GazetteerImporter {

    static final Set<String> FOCUS_REGIONS = Set.of("Middle East", "Northern Africa");
    static final Set<String> SEATS = Set.of("PPLC", "PPLA", "PPLG");
    static final long DEFAULT_MIN_POPULATION = 10_000;

    private final Map<String, Integer> stats = new TreeMap<>();

    private GazetteerImporter() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            Map<String, Integer> stats = run(Options.parse(args));
            stats.forEach((k, v) -> out.println(k + ": " + v));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
        } catch (GazetteerException | IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The command-line options; see the class comment. */
    record Options(Path countries, Path out, Path places, Path syrAdmin, Path neighbourhoods, Path geonames,
                   Set<String> geonamesCountries, String featureClasses, long minPopulation) {

        static final String USAGE = "usage: GazetteerImporter --countries FILE --out DIR [--places FILE] "
                + "[--syr-admin FILE] [--neighbourhoods FILE] [--geonames FILE [--country XX]... "
                + "[--feature-classes PA]] [--min-population N]";

        static Options parse(String... args) {
            Map<String, List<String>> values = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected '--option value', got '" + args[i] + "'");
                }
                values.computeIfAbsent(args[i], k -> new ArrayList<>()).add(args[++i]);
            }
            Set<String> known = Set.of("--countries", "--out", "--places", "--syr-admin", "--neighbourhoods",
                    "--geonames", "--country", "--feature-classes", "--min-population");
            for (String k : values.keySet()) {
                if (!known.contains(k)) {
                    throw new IllegalArgumentException("unknown option " + k);
                }
            }
            if (!values.containsKey("--countries") || !values.containsKey("--out")) {
                throw new IllegalArgumentException("--countries and --out are required");
            }
            Set<String> countries = new HashSet<>();
            values.getOrDefault("--country", List.of()).forEach(c -> countries.add(c.strip().toUpperCase()));
            long minPopulation;
            try {
                minPopulation = Long.parseLong(one(values, "--min-population", "" + DEFAULT_MIN_POPULATION));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--min-population must be a whole number", e);
            }
            return new Options(path(values, "--countries"), path(values, "--out"), path(values, "--places"),
                    path(values, "--syr-admin"), path(values, "--neighbourhoods"), path(values, "--geonames"),
                    Set.copyOf(countries), one(values, "--feature-classes", "PA"), minPopulation);
        }

        private static String one(Map<String, List<String>> values, String key, String fallback) {
            List<String> v = values.get(key);
            if (v != null && v.size() > 1) {
                throw new IllegalArgumentException(key + " given more than once");
            }
            return v == null ? fallback : v.get(0);
        }

        private static Path path(Map<String, List<String>> values, String key) {
            String v = one(values, key, null);
            return v == null ? null : Path.of(v);
        }
    }

    /** Runs an import; returns the counts it logged. */
    static Map<String, Integer> run(Options o) throws IOException {
        return new GazetteerImporter().importAll(o);
    }

    private Map<String, Integer> importAll(Options o) throws IOException {
        Map<String, Country> countries = new HashMap<>();
        try (TsvReader in = TsvReader.open(o.countries())) {
            CountryFile.read(in, in.nextLine()).forEach(c -> countries.put(c.iso2(), c));
        }
        count("countries", countries.size());
        Map<String, OchaSyriaReader.Unit> ocha = new LinkedHashMap<>();
        if (o.syrAdmin() != null) {
            try (TsvReader in = TsvReader.open(o.syrAdmin())) {
                ocha = OchaSyriaReader.readAdmin(in);
            }
        }
        Map<String, List<String>> ochaExtraNames = new HashMap<>();
        Map<String, Long> ochaPopulation = new HashMap<>();
        List<GazetteerEntry> places = new ArrayList<>();
        Set<String> geonamesIds = new HashSet<>();
        if (o.places() != null) {
            Map<String, OchaSyriaReader.Unit> units = ocha;
            try (TsvReader in = TsvReader.open(o.places())) {
                geonamesIds = SourcePlacesReader.read(in, p -> {
                    GazetteerEntry e = p.entry();
                    if (e.kind() == PlaceKind.COUNTRY) {
                        count("places.tsv country rows left to countries.tsv", 1);
                    } else if ((e.kind() == PlaceKind.ADMIN1 || e.kind() == PlaceKind.ADMIN2)
                            && p.ochaPcode() != null && units.containsKey(p.ochaPcode())) {
                        ochaExtraNames.computeIfAbsent(p.ochaPcode(), k -> new ArrayList<>()).addAll(e.namesAr());
                        ochaPopulation.merge(p.ochaPcode(), e.population(), Math::max);
                        count("places.tsv Syrian regions/counties merged into their OCHA unit", 1);
                    } else if (p.source().equals("geonames") && !keepAbroad(e, countries, o.minPopulation())) {
                        count("places.tsv GeoNames rows abroad dropped (small, not a seat)", 1);
                    } else {
                        places.add(e);
                        count("places.tsv rows kept (" + p.source() + ")", 1);
                    }
                });
            }
        }
        List<GazetteerEntry> all = new ArrayList<>();
        for (OchaSyriaReader.Unit u : ocha.values()) {
            all.add(OchaSyriaReader.toEntry(u, ocha, ochaExtraNames.getOrDefault(u.pcode(), List.of()),
                    ochaPopulation.getOrDefault(u.pcode(), 0L)));
            count("OCHA admin units, level " + u.level(), 1);
        }
        all.addAll(places);
        if (o.neighbourhoods() != null) {
            try (TsvReader in = TsvReader.open(o.neighbourhoods())) {
                List<GazetteerEntry> n = OchaSyriaReader.readNeighbourhoods(in);
                all.addAll(n);
                count("OCHA neighbourhoods", n.size());
            }
        }
        if (o.geonames() != null) {
            try (TsvReader in = TsvReader.open(o.geonames())) {
                for (GazetteerEntry e : GeoNamesDumpReader.read(in, o.geonamesCountries(), o.featureClasses(),
                        geonamesIds)) {
                    if (o.geonamesCountries().isEmpty() && !keepAbroad(e, countries, o.minPopulation())) {
                        count("GeoNames dump rows abroad dropped (small, not a seat)", 1);
                    } else {
                        all.add(e);
                        count("GeoNames dump rows kept", 1);
                    }
                }
            }
        }
        List<GazetteerEntry> renamed = AdminNaming.bundled().apply(all, stats);
        CompactPlaces.write(o.out(), renamed);
        Path countriesOut = o.out().resolve(Gazetteer.COUNTRIES);
        if (!Files.exists(countriesOut) || !Files.isSameFile(o.countries(), countriesOut)) {
            Files.copy(o.countries(), countriesOut, StandardCopyOption.REPLACE_EXISTING);
        }
        count("entries written", renamed.size());
        return stats;
    }

    private static boolean keepAbroad(GazetteerEntry e, Map<String, Country> countries, long minPopulation) {
        Country c = countries.get(e.country());
        return c != null && FOCUS_REGIONS.contains(c.acledRegion()) || e.population() >= minPopulation
                || e.featureCode() != null && SEATS.contains(e.featureCode());
    }

    private void count(String what, int n) {
        stats.merge(what, n, Integer::sum);
    }
}
