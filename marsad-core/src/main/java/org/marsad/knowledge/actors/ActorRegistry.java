package org.marsad.knowledge.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.knowledge.actors.ActorFileReader.ActorRow;
import org.marsad.knowledge.actors.ActorFileReader.Alias;
import org.marsad.knowledge.actors.ActorFileReader.LinkRow;
import org.marsad.knowledge.actors.ActorFileReader.Origin;
import org.marsad.text.ArabicNormalizer;

/**
 * The actors Marsad knows: armed groups, state forces, ACLED generic actors, leaders and media outlets,
 * with their Arabic and English names, the period in which each exists where it matters, and the dated links
 * between them.
 *
 * <p>The bundled data lives in UTF-8 TSV files next to this class, listed in {@code index.txt}, whose header
 * comment describes the format. Analysts extend it by adding a file to the index or by passing
 * their own files to {@link #load(List)}. Loading refuses, with the file and line, any row that would make
 * the registry ambiguous: a duplicate id, an alias claimed by two actors (compared by
 * {@link ArabicNormalizer#key}) unless both mark it shared, a link to an unknown id, or an alias that is a
 * bare common word listed in {@code reserved_words.txt}.
 *
 * <p>A registry is immutable and may be shared between threads.
 */
public final class ActorRegistry {

    private static final String INDEX = "index.txt";
    private static final String RESERVED_WORDS = "reserved_words.txt";

    private final Map<String, ActorRecord> byId;
    private final Map<String, List<ActorRecord>> byAliasKey;
    private final Map<String, List<ActorRecord>> byShortKey;
    private final List<ActorLink> links;
    private final Map<String, List<ActorLink>> linksFrom;

    private ActorRegistry(Map<String, ActorRecord> byId, Map<String, List<ActorRecord>> byAliasKey,
                          Map<String, List<ActorRecord>> byShortKey, List<ActorLink> links) {
        this.byId = Collections.unmodifiableMap(byId);
        this.byAliasKey = Collections.unmodifiableMap(byAliasKey);
        this.byShortKey = Collections.unmodifiableMap(byShortKey);
        this.links = List.copyOf(links);
        Map<String, List<ActorLink>> from = new HashMap<>();
        for (ActorLink l : links) {
            from.computeIfAbsent(l.sourceId(), k -> new ArrayList<>()).add(l);
        }
        from.replaceAll((k, v) -> List.copyOf(v));
        this.linksFrom = Collections.unmodifiableMap(from);
    }

    /** The bundled data only. */
    public static ActorRegistry loadDefault() {
        return load(List.of());
    }

    /**
     * The bundled data merged with analyst files, read in the order given after the bundled ones. An analyst
     * file may define new actors and relations, or add aliases to an existing actor with a row that leaves
     * name, type, kind and country empty.
     *
     * @throws ActorRegistryException naming the file and line of the first bad row
     */
    public static ActorRegistry load(List<Path> extraFiles) {
        List<ActorFileReader.Content> contents = new ArrayList<>();
        for (String name : bundledFileNames()) {
            try (BufferedReader in = resource(name)) {
                contents.add(ActorFileReader.read(name, in));
            } catch (IOException e) {
                throw new ActorRegistryException(name, "cannot read the bundled file", e);
            }
        }
        for (Path p : extraFiles) {
            try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                contents.add(ActorFileReader.read(p.toString(), in));
            } catch (IOException e) {
                throw new ActorRegistryException(p.toString(), "cannot read the file: " + e.getMessage(), e);
            }
        }
        return build(contents, reservedWords());
    }

    public Optional<ActorRecord> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every actor, in file order. */
    public Collection<ActorRecord> all() {
        return byId.values();
    }

    /**
     * The actors known by {@code alias} (English or Arabic, compared by {@link ArabicNormalizer#key}); several
     * only when the alias is marked shared, e.g. the same generic name in four countries.
     */
    public List<ActorRecord> byAlias(String alias) {
        return byAliasKey.getOrDefault(ArabicNormalizer.key(alias), List.of());
    }

    /** The actors that {@code shortForm} may refer back to once their full name has appeared in a report. */
    public List<ActorRecord> byShortForm(String shortForm) {
        return byShortKey.getOrDefault(ArabicNormalizer.key(shortForm), List.of());
    }

    /** Every alias key (Arabic and English, and canonical names), for building a matcher. */
    public Set<String> aliasKeys() {
        return byAliasKey.keySet();
    }

    public List<ActorLink> links() {
        return links;
    }

    public List<ActorLink> linksFrom(String id) {
        return linksFrom.getOrDefault(id, List.of());
    }

    private static List<String> bundledFileNames() {
        List<String> names = new ArrayList<>();
        try (BufferedReader in = resource(INDEX)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    names.add(s);
                }
            }
        } catch (IOException e) {
            throw new ActorRegistryException(INDEX, "cannot read the index of bundled files", e);
        }
        return names;
    }

    private static Set<String> reservedWords() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = resource(RESERVED_WORDS)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    words.add(ArabicNormalizer.key(s));
                }
            }
        } catch (IOException e) {
            throw new ActorRegistryException(RESERVED_WORDS, "cannot read the reserved words", e);
        }
        return words;
    }

    private static BufferedReader resource(String name) {
        InputStream in = ActorRegistry.class.getResourceAsStream(name);
        if (in == null) {
            throw new ActorRegistryException(name, 0, "bundled file missing from the class path (listed in "
                    + INDEX + "?)");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** One actor while the files are merged: its definition plus every alias with the row it came from. */
    private static final class Draft {
        final ActorRow definition;
        final Map<String, String> ar = new LinkedHashMap<>();
        final Map<String, String> en = new LinkedHashMap<>();
        final Map<String, String> shortAr = new LinkedHashMap<>();
        final List<Sourced> keyed = new ArrayList<>();
        final StringBuilder note;

        Draft(ActorRow definition) {
            this.definition = definition;
            this.note = new StringBuilder(definition.note());
            keyed.add(new Sourced(definition.name(), false, definition.origin()));
        }

        void add(ActorRow row) {
            for (Alias a : row.aliasesAr()) {
                ar.putIfAbsent(ArabicNormalizer.key(a.text()), a.text());
                keyed.add(new Sourced(a.text(), a.shared(), row.origin()));
            }
            for (Alias a : row.aliasesEn()) {
                en.putIfAbsent(ArabicNormalizer.key(a.text()), a.text());
                keyed.add(new Sourced(a.text(), a.shared(), row.origin()));
            }
            for (String s : row.shortAr()) {
                shortAr.putIfAbsent(ArabicNormalizer.key(s), s);
            }
            if (row.isExtension() && !row.note().isEmpty()) {
                note.append(note.length() == 0 ? "" : "; ").append(row.note());
            }
        }

        ActorRecord toRecord() {
            ActorRow d = definition;
            return new ActorRecord(d.id(), d.name(), d.type(), d.kind(), d.country(), List.copyOf(ar.values()),
                    List.copyOf(en.values()), List.copyOf(shortAr.values()), note.toString(), d.from(), d.to());
        }
    }

    private record Sourced(String text, boolean shared, Origin origin) {
    }

    private record Claim(String id, boolean shared, Origin origin) {
    }

    private static ActorRegistry build(List<ActorFileReader.Content> contents, Set<String> reserved) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (ActorFileReader.Content c : contents) {
            for (ActorRow row : c.actors()) {
                if (row.isExtension()) {
                    continue;
                }
                Draft earlier = drafts.putIfAbsent(row.id(), new Draft(row));
                if (earlier != null) {
                    throw row.origin().error("duplicate id " + row.id() + ", first defined at "
                            + earlier.definition.origin() + " (leave name, type, kind and country empty to add "
                            + "aliases to it)");
                }
                drafts.get(row.id()).add(row);
            }
        }
        for (ActorFileReader.Content c : contents) {
            for (ActorRow row : c.actors()) {
                if (row.isExtension()) {
                    Draft d = drafts.get(row.id());
                    if (d == null) {
                        throw row.origin().error("adds aliases to unknown id " + row.id());
                    }
                    d.add(row);
                }
            }
        }

        Map<String, List<Claim>> claims = new HashMap<>();
        for (Draft d : drafts.values()) {
            String id = d.definition.id();
            for (Sourced s : d.keyed) {
                String key = ArabicNormalizer.key(s.text());
                if (key.isEmpty()) {
                    throw s.origin().error("alias \"" + s.text() + "\" of " + id + " is empty once normalized");
                }
                if (reserved.contains(key)) {
                    throw s.origin().error("alias \"" + s.text() + "\" of " + id + " is a common word on its own; "
                            + "write the full name, or put it in short_ar if it is an anaphoric short form");
                }
                List<Claim> list = claims.computeIfAbsent(key, k -> new ArrayList<>());
                for (Claim other : list) {
                    if (!other.id().equals(id) && !(other.shared() && s.shared())) {
                        throw s.origin().error("alias \"" + s.text() + "\" of " + id + " is also claimed by "
                                + other.id() + " at " + other.origin() + "; mark it '~' in both rows if the "
                                + "recognizer should choose between them by context");
                    }
                }
                list.add(new Claim(id, s.shared(), s.origin()));
            }
        }

        Map<String, ActorRecord> byId = new LinkedHashMap<>();
        for (Draft d : drafts.values()) {
            byId.put(d.definition.id(), d.toRecord());
        }
        Map<String, List<ActorRecord>> byAlias = index(claims, byId);
        Map<String, List<ActorRecord>> byShort = new HashMap<>();
        for (ActorRecord r : byId.values()) {
            for (String s : r.shortAr()) {
                byShort.computeIfAbsent(ArabicNormalizer.key(s), k -> new ArrayList<>()).add(r);
            }
        }
        byShort.replaceAll((k, v) -> List.copyOf(v));

        List<ActorLink> links = new ArrayList<>();
        for (ActorFileReader.Content c : contents) {
            for (LinkRow row : c.links()) {
                ActorLink l = row.link();
                for (String id : List.of(l.sourceId(), l.targetId())) {
                    if (!byId.containsKey(id)) {
                        throw row.origin().error("relation names unknown actor id " + id);
                    }
                }
                links.add(l);
            }
        }
        return new ActorRegistry(byId, byAlias, byShort, links);
    }

    private static Map<String, List<ActorRecord>> index(Map<String, List<Claim>> claims, Map<String, ActorRecord> byId) {
        Map<String, List<ActorRecord>> out = new HashMap<>();
        claims.forEach((key, list) -> {
            List<ActorRecord> records = new ArrayList<>();
            for (Claim c : list) {
                ActorRecord r = byId.get(c.id());
                if (records.stream().noneMatch(x -> x.id().equals(r.id()))) {
                    records.add(r);
                }
            }
            out.put(key, List.copyOf(records));
        });
        return out;
    }
}
