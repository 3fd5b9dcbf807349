package org.marsad.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.marsad.model.Report;

/**
 * A full-text index of reports in a folder (Lucene), searched in Arabic: words match their light stems
 * ({@code القصف} finds {@code بقصف}), letters are folded as Marsad folds them ({@code ادلب} finds
 * {@code إدلب}), a quoted phrase matches a name word for word ({@code "جيش الإسلام"}), and title and text are
 * both searched, the title weighing more. See {@link ReportQueryParser} for the query syntax.
 *
 * <p>A report is keyed by its id: {@link #put(Report)} adds it, replaces an older version, or does nothing
 * when the same content is already there, so feeding the same reports twice changes nothing. Changes are
 * visible to searches at once and durable after {@link #commit()} (or {@link #close()}).
 *
 * <p>Thread-safe: writes are serialized through one Lucene writer; searches run concurrently on searchers
 * refreshed from it. One process at a time may open a folder (Lucene's write lock).
 */
public final class ReportIndex implements Closeable {

    private static final FieldType STORED_WORDS = textType(true);
    private static final FieldType NAMES = textType(false);

    private final Path dir;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writeLock = new Object();
    /** Content hashes written since the searchers were last refreshed under the lock; null for a deletion. */
    private final Map<String, String> unrefreshed = new HashMap<>();
    private volatile boolean closed;

    private ReportIndex(Path dir, Directory directory, Analyzer analyzer, IndexWriter writer,
                        SearcherManager searchers) {
        this.dir = dir;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
    }

    /**
     * Opens the index in {@code dir}, creating the folder and an empty index when there is none.
     *
     * @throws IllegalStateException when another writer holds the folder
     * @throws UncheckedIOException  when the folder cannot be read or holds no readable index
     */
    public static ReportIndex open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            Analyzer analyzer = ReportFields.analyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(directory, config);
            return new ReportIndex(dir, directory, analyzer, writer, new SearcherManager(writer, null));
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new IllegalStateException("the search index at " + dir + " is already open for writing"
                    + " (by another process or another ReportIndex)", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open the search index at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Adds {@code report}, or replaces the report with its id when the content differs. */
    public PutResult put(Report report) {
        Objects.requireNonNull(report, "report");
        String hash = contentHash(report);
        synchronized (writeLock) {
            ensureOpen();
            try {
                String before = storedHash(report.id());
                if (hash.equals(before)) {
                    return PutResult.UNCHANGED;
                }
                writer.updateDocument(new Term(ReportFields.ID, report.id()), document(report, hash));
                unrefreshed.put(report.id(), hash);
                return before == null ? PutResult.ADDED : PutResult.REPLACED;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot index report " + report.id() + " in " + dir, e);
            }
        }
    }

    /** Removes the report with id {@code reportId}; false when the index has none. */
    public boolean delete(String reportId) {
        Objects.requireNonNull(reportId, "reportId");
        synchronized (writeLock) {
            ensureOpen();
            try {
                if (storedHash(reportId) == null) {
                    return false;
                }
                writer.deleteDocuments(new Term(ReportFields.ID, reportId));
                unrefreshed.put(reportId, null);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete report " + reportId + " from " + dir, e);
            }
        }
    }

    /** Makes every change so far durable. */
    public void commit() {
        synchronized (writeLock) {
            ensureOpen();
            try {
                writer.commit();
                searchers.maybeRefreshBlocking();
                unrefreshed.clear();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot commit the search index at " + dir, e);
            }
        }
    }

    /**
     * The {@code limit} best reports for {@code query}, best first, each with a highlighted snippet.
     *
     * @throws IllegalArgumentException when the query cannot be parsed (the message says why) or
     *                                  {@code limit} is not positive
     */
    public List<SearchHit> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the number of hits must be at least 1: " + limit);
        }
        Query parsed = ReportQueryParser.parse(query, analyzer);
        ensureOpen();
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(parsed, limit);
                int[] docIds = new int[top.scoreDocs.length];
                for (int i = 0; i < docIds.length; i++) {
                    docIds[i] = top.scoreDocs[i].doc;
                }
                Snippet[] snippets = new ReportHighlighter(searcher, analyzer).snippets(parsed, docIds);
                StoredFields stored = searcher.storedFields();
                List<SearchHit> hits = new ArrayList<>(docIds.length);
                for (int i = 0; i < docIds.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    Document doc = stored.document(sd.doc, Set.of(ReportFields.ID, ReportFields.TITLE));
                    hits.add(new SearchHit(doc.get(ReportFields.ID), sd.score, doc.get(ReportFields.TITLE),
                            snippets[i]));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index at " + dir + " for «" + query + "»", e);
        }
    }

    /** How many reports the index holds, uncommitted changes included. */
    public int size() {
        ensureOpen();
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index at " + dir, e);
        }
    }

    /**
     * The ids of every report the index holds, uncommitted changes included: what a caller compares with its
     * own list of reports to find those the index lacks (after a run that stopped before {@link #commit()}).
     */
    public Set<String> ids() {
        ensureOpen();
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                Set<String> ids = new HashSet<>();
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    Terms terms = leaf.reader().terms(ReportFields.ID);
                    if (terms == null) {
                        continue;
                    }
                    Bits live = leaf.reader().getLiveDocs();
                    TermsEnum term = terms.iterator();
                    PostingsEnum docs = null;
                    for (BytesRef id = term.next(); id != null; id = term.next()) {
                        docs = term.postings(docs, PostingsEnum.NONE);
                        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                            if (live == null || live.get(d)) {
                                ids.add(id.utf8ToString());
                                break;
                            }
                        }
                    }
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index at " + dir, e);
        }
    }

    /** Commits and closes the index; later calls fail. Closing twice is harmless. */
    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            try (directory; writer; searchers) {
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the search index at " + dir, e);
            }
        }
    }

    /**
     * The fingerprint that tells two versions of a report apart: SHA-256 over its id, title, text, publication
     * time, url and source.
     */
    static String contentHash(Report report) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        for (String part : new String[] {report.id(), report.title(), report.text(),
                String.valueOf(report.published()), String.valueOf(report.url()), String.valueOf(report.source())}) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The content hash of the report with id {@code id} as searches will see it, or null when there is none. */
    private String storedHash(String id) throws IOException {
        if (unrefreshed.containsKey(id)) {
            return unrefreshed.get(id);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(ReportFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            return searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(ReportFields.HASH))
                    .get(ReportFields.HASH);
        } finally {
            searchers.release(searcher);
        }
    }

    private static Document document(Report report, String hash) {
        Document doc = new Document();
        doc.add(new StringField(ReportFields.ID, report.id(), Field.Store.YES));
        doc.add(new StoredField(ReportFields.HASH, hash));
        doc.add(new Field(ReportFields.TITLE, report.title(), STORED_WORDS));
        doc.add(new Field(ReportFields.TEXT, report.text(), STORED_WORDS));
        doc.add(new Field(ReportFields.TITLE_NAMES, report.title(), NAMES));
        doc.add(new Field(ReportFields.TEXT_NAMES, report.text(), NAMES));
        return doc;
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the search index at " + dir + " is closed");
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException suppressed) {
                // the error being reported is the one that matters
            }
        }
    }
}
