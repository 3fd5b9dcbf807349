package org.marsad.geocode.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.WordFilter;

/**
 * The place gazetteer: countries, administrative units and populated places with Arabic names, looked up by
 * {@link ArabicNormalizer#key} keys. Built once at start from the bundled data under
 * {@code org/marsad/knowledge/places/} plus any analyst files, then immutable and safe to share between
 * threads.
 *
 * <p>Each entry is indexed under the key of every Arabic name, and also under the spelling variants of
 * {@link NameVariants} (كفر روما / كفروما, الرقة / رقة). {@link #lookup} returns the entries that carry the
 * key as a name first, then those reached through a variant; {@link #lookupExact} returns only the former.
 * Ranking between namesakes (الرقة is also a Yemeni hamlet) is left to the resolver, which gets
 * {@link GazetteerEntry#kind}, {@link GazetteerEntry#population} and {@link GazetteerEntry#featureCode}.
 *
 * <p>Analyst files are UTF-8 TSV in one of two readable layouts, told apart by their header: the countries
 * layout of {@code countries.tsv} ({@code iso2 iso_numeric name_en names_ar acled_region lat lon}) or the
 * places layout ({@code id kind feature_code country lat lon population name_en names_ar [admin1_en admin1_ar
 * admin2_en admin2_ar admin3_en admin3_ar]}). A row whose id (or country code) already exists replaces the
 * bundled one. A malformed row stops the load with a {@link GazetteerException} naming file and line.
 */
public final class Gazetteer {

    static final String RESOURCE_DIR = "org/marsad/knowledge/places/";
    static final String COUNTRIES = "countries.tsv";
    /** Hand-made places in the analyst layout, shipped with the bundled data. */
    static final String EXTRA_PLACES = "places-extra.tsv";

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byId;
    /**
     * Key → a {@link GazetteerEntry} (the common case of one exact hit) or a {@link Hits}; the leading words of
     * every key of several words ("a", "a b" of "a b c") are keys too, their Hits marked as prefixes, so that a
     * caller matching running text word by word learns both from one probe.
     */
    private final Map<String, Object> index;
    private final Map<String, Country> countries;
    private final Map<Integer, Country> countriesByNumeric;
    private final int maxNameTokens;
    /** Every key of {@link #index}: rules out most words of a report without probing the index. */
    private final WordFilter keyFilter;
    private final GridIndex grid;

    /**
     * The entries of one key: {@code all.subList(0, exact)} carry the key as a name; {@code prefix} when longer
     * keys begin with this one (possibly with no entries of its own).
     */
    private record Hits(List<GazetteerEntry> all, int exact, boolean prefix) {
    }

    private Gazetteer(Map<String, Country> countries, Map<String, GazetteerEntry> byId, NameVariants variants) {
        this.countries = Map.copyOf(countries);
        Map<Integer, Country> numeric = new HashMap<>();
        for (Country c : countries.values()) {
            numeric.put(c.isoNumeric(), c);
        }
        this.countriesByNumeric = Map.copyOf(numeric);
        this.entries = List.copyOf(byId.values());
        this.byId = byId;
        IndexBuilder builder = new IndexBuilder(entries.size() * 4);
        this.maxNameTokens = builder.build(entries, variants);
        this.index = builder.index;
        this.keyFilter = builder.filter;
        List<GazetteerEntry> points = new ArrayList<>(entries.size());
        for (GazetteerEntry e : entries) {
            if (e.kind() != PlaceKind.COUNTRY) {
                points.add(e);
            }
        }
        this.grid = new GridIndex(points);
    }

    /** The bundled gazetteer. */
    public static Gazetteer loadDefault() {
        return builder().build();
    }

    /** The bundled gazetteer plus analyst files (countries or places layout), applied in order. */
    public static Gazetteer load(List<Path> extraFiles) {
        Builder b = builder();
        extraFiles.forEach(b::extraFile);
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The entries indexed under {@code key} (an {@link ArabicNormalizer#key}): those with a name of that key
     * first, then those reached through a spelling variant; empty when none. The list is immutable.
     */
    public List<GazetteerEntry> lookup(String key) {
        Object hit = keyFilter.mightContain(key) ? index.get(key) : null;
        if (hit == null) {
            return List.of();
        }
        return hit instanceof GazetteerEntry e ? List.of(e) : ((Hits) hit).all();
    }

    /**
     * What the index holds under a key: its entries, as {@link #lookup} gives them, and whether longer keys
     * begin with it, as {@link #isNamePrefix} says.
     */
    public record KeyHits(List<GazetteerEntry> entries, boolean namePrefix) {
        public static final KeyHits NONE = new KeyHits(List.of(), false);
    }

    /**
     * False when no name and no name prefix has this key: the cheap first half of {@link #lookupKey}, for callers
     * that remember the answers of the second.
     */
    public boolean mayHold(String key) {
        return keyFilter.mightContain(key);
    }

    /** {@link #lookup} and {@link #isNamePrefix} of one key, from one probe of the index. */
    public KeyHits lookupKey(String key) {
        Object hit = keyFilter.mightContain(key) ? index.get(key) : null;
        if (hit == null) {
            return KeyHits.NONE;
        }
        if (hit instanceof GazetteerEntry e) {
            return new KeyHits(List.of(e), false);
        }
        Hits h = (Hits) hit;
        return new KeyHits(h.all(), h.prefix());
    }

    /** Only the entries that carry a name whose key is {@code key}, without spelling variants. */
    public List<GazetteerEntry> lookupExact(String key) {
        Object hit = keyFilter.mightContain(key) ? index.get(key) : null;
        if (hit == null) {
            return List.of();
        }
        if (hit instanceof GazetteerEntry e) {
            return List.of(e);
        }
        Hits h = (Hits) hit;
        return h.all().subList(0, h.exact());
    }

    /** Convenience: {@link #lookup} of the key of a name as written. */
    public List<GazetteerEntry> lookupName(String name) {
        return lookup(ArabicNormalizer.key(name));
    }

    /** Convenience: {@link #lookupExact} of the key of a name as written. */
    public List<GazetteerEntry> lookupExactName(String name) {
        return lookupExact(ArabicNormalizer.key(name));
    }

    public Optional<GazetteerEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The country of an ISO 3166-1 alpha-2 code (upper case), if the countries table has it. */
    public Optional<Country> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2));
    }

    /** The country of an ISO 3166-1 numeric code (ACLED's {@code iso} column). */
    public Optional<Country> countryByIsoNumeric(int isoNumeric) {
        return Optional.ofNullable(countriesByNumeric.get(isoNumeric));
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    /** Every entry in load order, countries last. */
    public List<GazetteerEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The largest number of space-separated words in any indexed key: the longest n-gram worth looking up. */
    public int maxNameTokens() {
        return maxNameTokens;
    }

    /**
     * Whether some indexed key of more words starts with {@code words} (one or more words joined by single
     * spaces): a caller matching running text word by word goes on only while this holds.
     */
    public boolean isNamePrefix(String words) {
        Object hit = keyFilter.mightContain(words) ? index.get(words) : null;
        return hit instanceof Hits h && h.prefix();
    }

    /**
     * Entries other than countries within {@code km} kilometres of a point, nearest first (great-circle
     * distance; the search does not wrap around the antimeridian).
     */
    public List<GazetteerEntry> near(double lat, double lon, double km) {
        return grid.near(lat, lon, km);
    }

    /** Builds the key index; not thread-safe, used once by the constructor. */
    private static final class IndexBuilder {
        private final Map<String, Object> index;
        private WordFilter filter;

        /** A key with more than one entry while building; frozen into {@link Hits}. */
        private static final class Bucket {
            final List<GazetteerEntry> entries = new ArrayList<>(4);
            int exact;

            boolean has(GazetteerEntry e) {
                for (GazetteerEntry x : entries) {
                    if (x == e) {
                        return true;
                    }
                }
                return false;
            }
        }

        IndexBuilder(int capacity) {
            index = new HashMap<>(capacity);
        }

        int build(List<GazetteerEntry> entries, NameVariants variants) {
            String[][] keys = new String[entries.size()][];
            int half = keys.length / 2;
            TwoThreads.run(() -> computeKeys(entries, keys, 0, half),
                    () -> computeKeys(entries, keys, half, keys.length));
            for (int i = 0; i < keys.length; i++) {
                GazetteerEntry e = entries.get(i);
                for (String key : keys[i]) {
                    add(key, e, true);
                }
            }
            for (int i = 0; i < keys.length; i++) {
                GazetteerEntry e = entries.get(i);
                for (String key : keys[i]) {
                    variants.variants(key, v -> add(v, e, false));
                }
            }
            int maxTokens = 1;
            Set<String> prefixes = new HashSet<>();
            for (Map.Entry<String, Object> m : index.entrySet()) {
                if (m.getValue() instanceof Bucket b) {
                    m.setValue(new Hits(List.copyOf(b.entries), b.exact, false));
                }
                String key = m.getKey();
                for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
                    prefixes.add(key.substring(0, space));
                }
                maxTokens = Math.max(maxTokens, tokens(key));
            }
            for (String prefix : prefixes) {
                Object old = index.get(prefix);
                if (old == null) {
                    index.put(prefix, new Hits(List.of(), 0, true));
                } else if (old instanceof GazetteerEntry e) {
                    index.put(prefix, new Hits(List.of(e), 1, true));
                } else {
                    Hits h = (Hits) old;
                    index.put(prefix, new Hits(h.all(), h.exact(), true));
                }
            }
            filter = WordFilter.of(index.keySet());
            return maxTokens;
        }

        private static void computeKeys(List<GazetteerEntry> entries, String[][] keys, int from, int to) {
            for (int i = from; i < to; i++) {
                List<String> names = entries.get(i).namesAr();
                String[] k = new String[names.size()];
                for (int n = 0; n < k.length; n++) {
                    k[n] = ArabicNormalizer.key(names.get(n));
                }
                keys[i] = k;
            }
        }

        private void add(String key, GazetteerEntry e, boolean exact) {
            if (key.isEmpty()) {
                return;
            }
            Object old = exact ? index.putIfAbsent(key, e) : index.get(key);
            if (old == null) {
                if (!exact) {
                    Bucket b = new Bucket();
                    b.entries.add(e);
                    index.put(key, b);
                }
                return;
            }
            Bucket b;
            if (old instanceof GazetteerEntry single) {
                if (single == e) {
                    return;
                }
                b = new Bucket();
                b.entries.add(single);
                b.exact = 1;
                index.put(key, b);
            } else {
                b = (Bucket) old;
                if (b.has(e)) {
                    return;
                }
            }
            b.entries.add(e);
            if (exact) {
                b.exact++;
            }
        }

        private static int tokens(String key) {
            int n = 1;
            for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
                n++;
            }
            return n;
        }
    }

    /** Chooses the data sources; {@link #build} reads them. Not thread-safe. */
    public static final class Builder {
        private boolean bundled = true;
        private final List<Path> compiled = new ArrayList<>();
        private final List<Path> extras = new ArrayList<>();

        private Builder() {
        }

        /** Leaves out the bundled data (tests, or a deployment that ships its own importer output). */
        public Builder withoutBundledData() {
            bundled = false;
            return this;
        }

        /** Adds an importer output directory ({@code places.tsv.gz}, {@code admins.tsv}, optional countries). */
        public Builder compiledDirectory(Path dir) {
            compiled.add(dir);
            return this;
        }

        /** Adds an analyst file in the countries or the places layout; later files override earlier rows. */
        public Builder extraFile(Path file) {
            extras.add(file);
            return this;
        }

        public Gazetteer build() {
            Map<String, Country> countries = new LinkedHashMap<>();
            Map<String, GazetteerEntry> places = new LinkedHashMap<>(100_000);
            if (bundled) {
                readCountries(TsvReader.openResource(RESOURCE_DIR + COUNTRIES), countries);
                String resource = RESOURCE_DIR + CompactPlaces.PLACES;
                putAll(places, CompactPlaces.read(name -> TsvReader.openResource(RESOURCE_DIR + name), resource,
                        resourceBytes(resource)));
                try (TsvReader in = TsvReader.openResource(RESOURCE_DIR + EXTRA_PLACES)) {
                    putAll(places, PlaceFile.read(in, in.nextLine()));
                }
            }
            for (Path dir : compiled) {
                if (Files.exists(dir.resolve(COUNTRIES))) {
                    readCountries(TsvReader.open(dir.resolve(COUNTRIES)), countries);
                }
                Path file = dir.resolve(CompactPlaces.PLACES);
                putAll(places, CompactPlaces.read(name -> TsvReader.open(dir.resolve(name)), file.toString(),
                        fileBytes(file)));
            }
            for (Path file : extras) {
                try (TsvReader in = TsvReader.open(file)) {
                    String header = in.nextLine();
                    String first = header == null ? "" : TsvReader.split(header)[0].strip();
                    if (first.equals(CountryFile.LAYOUT[0])) {
                        CountryFile.read(in, header).forEach(c -> countries.put(c.iso2(), c));
                    } else {
                        putAll(places, PlaceFile.read(in, header));
                    }
                }
            }
            for (Country c : countries.values()) {
                places.put(c.entryId(), c.toEntry());
            }
            return new Gazetteer(countries, places, NameVariants.bundled());
        }

        private static byte[] resourceBytes(String resource) {
            try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new GazetteerException("bundled gazetteer resource missing from the class path: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new GazetteerException("cannot read " + resource + ": " + e.getMessage(), e);
            }
        }

        private static byte[] fileBytes(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new GazetteerException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        private static void readCountries(TsvReader reader, Map<String, Country> into) {
            try (TsvReader in = reader) {
                CountryFile.read(in, in.nextLine()).forEach(c -> into.put(c.iso2(), c));
            }
        }

        private static void putAll(Map<String, GazetteerEntry> into, List<GazetteerEntry> entries) {
            for (GazetteerEntry e : entries) {
                into.put(e.id(), e);
            }
        }
    }

}
