package org.marsad.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.model.Report;
import org.marsad.model.Span;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import org.marsad.store.search.ReportHit;
import org.marsad.store.search.StoreSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad search QUERY [--db FILE|URL] [--limit N] [--format json|table]}: Arabic full text over the stored reports. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the title and text of the stored reports. Words match their light stems (القصف finds بقصف),",
            "letters are folded (ادلب finds إدلب), a \"quoted phrase\" matches a name word for word; words are joined by AND;",
            "OR, -word, (…), title:word, text:word, prefix* and fuzzy~ work as in Lucene (see marsad-search/README.md).",
            "Prints the best reports first, as a table with the matches in [brackets] (default) or as JSON Lines.",
            "The index lives beside the store (see --index); 'marsad ingest' keeps it up to date, and it catches up by",
            "itself with reports an interrupted ingest stored. Exit code: 0 done (even when nothing matches),",
            "2 a query that cannot be parsed, usage or store error."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query (several arguments are joined by spaces)")
    List<String> query;

    @Mixin
    StoreOptions store;

    @Mixin
    IndexOptions index;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "at most N reports (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = EventsCommand.FormatConverter.class,
            description = "json (JSON Lines) or table (default)")
    EventsCommand.Format format;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (limit < 1) {
            err.println("marsad: --limit must be at least 1, not " + limit);
            return 2;
        }
        try (Store s = store.open(err, true)) {
            if (s == null) {
                return 2;
            }
            Path folder = index.folder(s.location());
            try (StoreSearch search = StoreSearch.open(s, folder)) {
                StoreSearch.Reconciled r = search.reconciled();
                if (r.added() + r.removed() > 0) {
                    err.println("marsad: the index " + folder + " caught up with the store: " + r.added()
                            + " reports indexed, " + r.removed() + " removed");
                }
                List<ReportHit> hits;
                try {
                    hits = search.search(String.join(" ", query), limit);
                } catch (IllegalArgumentException e) {
                    err.println("marsad: " + e.getMessage());
                    return 2;
                }
                PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
                if (format == EventsCommand.Format.JSON) {
                    json(hits, out);
                } else {
                    table(hits).print(out);
                }
                out.flush();
                err.println("marsad: " + hits.size() + (hits.size() == 1 ? " report" : " reports"));
                return 0;
            } catch (IllegalStateException e) {
                err.println("marsad: " + e.getMessage() + ": try again when the other marsad command (an ingest?) ends");
                return 2;
            } catch (UncheckedIOException e) {
                err.println("marsad: " + e.getMessage());
                return 2;
            }
        } catch (StoreException e) {
            err.println("marsad: " + e.getMessage());
            return 2;
        }
    }

    private static TextTable table(List<ReportHit> hits) {
        TextTable t = new TextTable(List.of("score", "report", "title", "snippet"), 6, 32, 40, 100);
        for (ReportHit h : hits) {
            t.add(List.of(String.format(Locale.ROOT, "%.2f", h.score()), h.report().report().id(),
                    h.report().report().title(), h.snippet().marked("[", "]")));
        }
        return t;
    }

    /**
     * One line per report: {@code article_id, report_hash, title, published, source, url, score}, the
     * {@code snippet} and its {@code marks} (offsets of the matches in the snippet, UTF-16 code units).
     */
    private static void json(List<ReportHit> hits, PrintStream out) {
        try (JsonGenerator json = StoredEventJson.generator(out)) {
            for (ReportHit h : hits) {
                Report r = h.report().report();
                json.writeStartObject();
                json.writeStringField("article_id", r.id());
                json.writeStringField("report_hash", h.report().hash());
                json.writeStringField("title", r.title());
                json.writeStringField("published", r.published() == null ? null : r.published().toString());
                json.writeStringField("source", r.source());
                json.writeStringField("url", r.url());
                json.writeNumberField("score", h.score());
                json.writeStringField("snippet", h.snippet().text());
                json.writeArrayFieldStart("marks");
                for (Span m : h.snippet().marks()) {
                    json.writeStartObject();
                    json.writeNumberField("start", m.start());
                    json.writeNumberField("end", m.end());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search results", e);
        }
    }
}
