package org.marsad.knowledge.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one registry data file: rows of actors or rows of relations, chosen by the header row. It checks
 * each row on its own (column count, known type and kind, dates); the checks that need every file at once
 * (duplicate ids, shared aliases, unknown link targets) belong to {@link ActorRegistry}.
 *
 * <p>Format, for analysts: UTF-8 text; the first line is exactly {@value #VERSION_HEADER}; then a header
 * row naming the columns, tab-separated; then one row per actor or relation. Blank lines and lines
 * starting with {@code #} are ignored. Lists inside a cell are separated by {@code |}. An alias written
 * {@code ~الجيش الوطني} is shared on purpose with another actor that also marks it with {@code ~}. A row
 * that has only an id and alias cells (name, type, kind and country left empty) adds those aliases to an
 * actor defined elsewhere. An actor file may end its header with the optional columns {@code from} and
 * {@code to}, the period in which its actors exist; a row may leave them off, and a file without them stays
 * valid.
 */
final class ActorFileReader {

    static final String VERSION_HEADER = "# marsad actors v1";
    static final List<String> ACTOR_COLUMNS =
            List.of("id", "name", "type", "kind", "country", "aliases_ar", "aliases_en", "short_ar", "note");
    /** The actor columns followed by the optional period, for files whose actors come and go. */
    static final List<String> DATED_ACTOR_COLUMNS =
            Stream.concat(ACTOR_COLUMNS.stream(), Stream.of("from", "to")).toList();
    static final List<String> RELATION_COLUMNS = List.of("source_id", "type", "target_id", "from", "to", "note");

    /** Marks an alias that several actors may share; the recognizer must then choose by context. */
    static final char SHARED_MARK = '~';
    private static final char BOM = '\uFEFF';
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\|");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Where a row was read: file and 1-based line. */
    record Origin(String source, int line) {
        ActorRegistryException error(String problem) {
            return new ActorRegistryException(source, line, problem);
        }

        @Override
        public String toString() {
            return source + ":" + line;
        }
    }

    record Alias(String text, boolean shared) {
    }

    /**
     * An actor row. For a definition {@code name}, {@code kind} are set; for an extension row they are
     * {@code null} and only the lists and the note count.
     */
    record ActorRow(Origin origin, String id, String name, ActorType type, ActorKind kind, String country,
                    List<Alias> aliasesAr, List<Alias> aliasesEn, List<String> shortAr, String note,
                    LocalDate from, LocalDate to) {
        boolean isExtension() {
            return name == null;
        }
    }

    record LinkRow(Origin origin, ActorLink link) {
    }

    record Content(List<ActorRow> actors, List<LinkRow> links) {
    }

    private ActorFileReader() {
    }

    static Content read(String source, BufferedReader in) throws IOException {
        List<ActorRow> actors = new ArrayList<>();
        List<LinkRow> links = new ArrayList<>();
        String first = in.readLine();
        if (first != null && !first.isEmpty() && first.charAt(0) == BOM) {
            first = first.substring(1);
        }
        if (first == null || !first.strip().equals(VERSION_HEADER)) {
            throw new ActorRegistryException(source, 1,
                    "the first line must be the version header \"" + VERSION_HEADER + "\"");
        }
        List<String> columns = null;
        int lineNo = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Origin origin = new Origin(source, lineNo);
            String[] read = line.split("\t", -1);
            if (columns == null) {
                columns = header(origin, read);
                continue;
            }
            // the optional period may be left off a row: most actors of a dated file have none
            int fewest = columns == DATED_ACTOR_COLUMNS ? ACTOR_COLUMNS.size() : columns.size();
            if (read.length < fewest || read.length > columns.size()) {
                String expected = fewest == columns.size() ? String.valueOf(fewest) : fewest + " to " + columns.size();
                throw origin.error("expected " + expected + " tab-separated columns (" + String.join(", ", columns)
                        + ") but found " + read.length);
            }
            String[] cells = Arrays.copyOf(read, columns.size());
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i] == null ? "" : cells[i].strip();
            }
            if (columns == RELATION_COLUMNS) {
                links.add(new LinkRow(origin, linkRow(origin, cells)));
            } else {
                actors.add(actorRow(origin, cells));
            }
        }
        if (columns == null) {
            throw new ActorRegistryException(source, lineNo, "no header row after the version header");
        }
        return new Content(actors, links);
    }

    private static List<String> header(Origin origin, String[] cells) {
        List<String> names = new ArrayList<>();
        for (String c : cells) {
            names.add(c.strip());
        }
        if (names.equals(ACTOR_COLUMNS)) {
            return ACTOR_COLUMNS;
        }
        if (names.equals(DATED_ACTOR_COLUMNS)) {
            return DATED_ACTOR_COLUMNS;
        }
        if (names.equals(RELATION_COLUMNS)) {
            return RELATION_COLUMNS;
        }
        throw origin.error("the header row must be \"" + String.join("\\t", ACTOR_COLUMNS) + "\" (optionally "
                + "followed by \"\\tfrom\\tto\") or \"" + String.join("\\t", RELATION_COLUMNS) + "\"");
    }

    private static ActorRow actorRow(Origin origin, String[] c) {
        String id = c[0];
        if (id.isEmpty()) {
            throw origin.error("the id is empty");
        }
        List<Alias> ar = aliases(origin, c[5], "aliases_ar");
        List<Alias> en = aliases(origin, c[6], "aliases_en");
        List<String> shortAr = shortForms(origin, c[7]);
        boolean dated = c.length == DATED_ACTOR_COLUMNS.size();
        LocalDate from = dated ? date(origin, c[9], "from", true) : null;
        LocalDate to = dated ? date(origin, c[10], "to", false) : null;
        if (c[1].isEmpty() && c[2].isEmpty() && c[3].isEmpty() && c[4].isEmpty()) {
            if (from != null || to != null) {
                throw origin.error("a row that adds aliases to " + id + " cannot give it a period; write from and "
                        + "to in the row that defines it");
            }
            return new ActorRow(origin, id, null, null, null, null, ar, en, shortAr, c[8], null, null);
        }
        if (c[1].isEmpty()) {
            throw origin.error("the name of " + id + " is empty (leave name, type, kind and country all empty "
                    + "to add aliases to an actor defined elsewhere)");
        }
        ActorKind kind = ActorKind.fromLabel(c[3]).orElseThrow(() -> origin.error("unknown kind \"" + c[3]
                + "\" for " + id + "; expected one of group, state, generic, person, media"));
        ActorType type = null;
        if (!c[2].isEmpty()) {
            type = ActorType.fromLabel(c[2]).orElseThrow(() -> origin.error("unknown ACLED actor type \"" + c[2]
                    + "\" for " + id + "; expected one of State forces, Rebel group, Political militia, "
                    + "Identity militia, Rioters, Protesters, Civilians, External/Other forces"));
        }
        ActorRow row = new ActorRow(origin, id, c[1], type, kind, c[4].isEmpty() ? null : c[4], ar, en, shortAr, c[8],
                from, to);
        try {
            ActorFileReader.toRecord(row, List.of(), List.of(), List.of());
        } catch (IllegalArgumentException e) {
            throw origin.error(e.getMessage());
        }
        return row;
    }

    /** The record a definition row describes, with the aliases collected from every file. */
    static ActorRecord toRecord(ActorRow row, List<String> ar, List<String> en, List<String> shortAr) {
        return new ActorRecord(row.id(), row.name(), row.type(), row.kind(), row.country(), ar, en, shortAr, row.note(),
                row.from(), row.to());
    }

    private static List<Alias> aliases(Origin origin, String cell, String column) {
        List<Alias> out = new ArrayList<>();
        for (String item : items(origin, cell, column)) {
            boolean shared = item.charAt(0) == SHARED_MARK;
            String text = shared ? item.substring(1).strip() : item;
            if (text.isEmpty()) {
                throw origin.error("a lone '" + SHARED_MARK + "' in " + column);
            }
            out.add(new Alias(text, shared));
        }
        return out;
    }

    private static List<String> shortForms(Origin origin, String cell) {
        List<String> out = items(origin, cell, "short_ar");
        for (String s : out) {
            if (s.charAt(0) == SHARED_MARK) {
                throw origin.error("short forms are always shared; drop the '" + SHARED_MARK + "' from \"" + s + "\"");
            }
        }
        return out;
    }

    private static List<String> items(Origin origin, String cell, String column) {
        List<String> out = new ArrayList<>();
        if (cell.isEmpty()) {
            return out;
        }
        for (String item : LIST_SEPARATOR.split(cell, -1)) {
            String s = item.strip();
            if (s.isEmpty()) {
                throw origin.error("an empty item in " + column + " (two '|' in a row, or one at an end)");
            }
            out.add(s);
        }
        return out;
    }

    private static ActorLink linkRow(Origin origin, String[] c) {
        LinkType type = LinkType.fromLabel(c[1]).orElseThrow(() -> origin.error("unknown relation type \"" + c[1]
                + "\"; expected one of PART_OF, JOINED, SUCCESSOR_OF, SPLIT_FROM, ALLIED_WITH"));
        if (c[0].isEmpty() || c[2].isEmpty()) {
            throw origin.error("a relation needs both source_id and target_id");
        }
        LocalDate from = date(origin, c[3], "from", true);
        LocalDate to = date(origin, c[4], "to", false);
        try {
            return new ActorLink(c[0], type, c[2], from, to, c[5]);
        } catch (IllegalArgumentException e) {
            throw origin.error(e.getMessage());
        }
    }

    /** A date written YYYY, YYYY-MM or YYYY-MM-DD: the first day of that period, or its last day for an end. */
    private static LocalDate date(Origin origin, String cell, String column, boolean start) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            if (YEAR.matcher(cell).matches()) {
                int y = Integer.parseInt(cell);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            if (MONTH.matcher(cell).matches()) {
                YearMonth m = YearMonth.parse(cell);
                return start ? m.atDay(1) : m.atEndOfMonth();
            }
            if (DAY.matcher(cell).matches()) {
                return LocalDate.parse(cell);
            }
        } catch (DateTimeParseException e) {
            throw origin.error("bad date \"" + cell + "\" in " + column + ": " + e.getMessage());
        }
        throw origin.error("bad date \"" + cell + "\" in " + column + "; write YYYY, YYYY-MM or YYYY-MM-DD");
    }
}
