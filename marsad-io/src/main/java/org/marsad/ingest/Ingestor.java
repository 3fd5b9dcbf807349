package org.marsad.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.marsad.model.Report;

/**
 * Reads reports from files, folders and stdin, detecting each input's encoding and format from its content.
 *
 * <pre>{@code
 * Ingestor ingestor = Ingestor.builder().maxInputBytes(5L * 1024 * 1024).stdin(System.in).build();
 * IngestSummary summary = ingestor.read(List.of("reports/", "a.txt", "-"), out::add, skipped::add);
 * }</pre>
 *
 * <p>Formats: plain-text reports, JSON Lines, a JSON object or array, HTML pages, RSS and Atom feeds.
 * Encodings: see {@link EncodingDetector}. Each report reaches the consumer as soon as it is read; folders are
 * walked depth first in name order, skipping hidden entries; a bad input or record is passed to the skip
 * consumer and the batch goes on. Exceptions thrown by the consumers are not caught.
 *
 * <p>Limits: a file or stdin larger than {@code maxInputBytes} is skipped as too large (a file by its size,
 * before reading), except JSON Lines and JSON arrays, which are streamed and where the limit applies to each
 * record, counted while reading.
 *
 * <p>Configuration is fixed at {@link Builder#build()}; an Ingestor may be shared between threads, but stdin
 * can be read only once.
 */
public final class Ingestor {

    /** The default per-input (and per-record) limit: 5 MiB. */
    public static final long DEFAULT_MAX_INPUT_BYTES = 5L * 1024 * 1024;
    /** How much of an input is read before deciding its encoding and format. */
    private static final int SNIFF_BYTES = EncodingDetector.SAMPLE_BYTES;
    static final String STDIN_ORIGIN = "<stdin>";
    private static final String STDIN_ID = "stdin";

    private final int maxInputBytes;
    private final InputStream stdin;
    private final EncodingDetector detector;
    private final PlainTextReportParser plainText;
    private final HtmlReportParser html;

    private Ingestor(Builder b) {
        this.maxInputBytes = (int) b.maxInputBytes;
        this.stdin = b.stdin;
        PhraseList boilerplate = PhraseList.load("boilerplate-lines.txt");
        this.detector = new EncodingDetector(PhraseList.load("common-words.txt"));
        this.plainText = new PlainTextReportParser(boilerplate);
        this.html = new HtmlReportParser(boilerplate);
    }

    public static Builder builder() {
        return new Builder();
    }

    public long maxInputBytes() {
        return maxInputBytes;
    }

    /**
     * Reads every input in order: a file, a folder (recursively), or {@code -} for stdin.
     *
     * @param inputs  paths, or {@code -}
     * @param reports receives each report as soon as it is read
     * @param skipped receives each input or record that gave no report, with the reason
     * @return counts of inputs, reports and skips
     */
    public IngestSummary read(List<String> inputs, Consumer<? super Report> reports,
                              Consumer<? super Skipped> skipped) {
        Objects.requireNonNull(inputs, "inputs");
        ReportSink sink = new ReportSink(Objects.requireNonNull(reports, "reports"),
                Objects.requireNonNull(skipped, "skipped"));
        Run run = new Run(sink);
        for (String input : inputs) {
            if (input.equals("-")) {
                sink.inputStarted();
                run.readStream(stdin, -1, STDIN_ORIGIN, STDIN_ID, "");
                continue;
            }
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                sink.inputStarted();
                sink.skip(input, SkipReason.NOT_FOUND, "not a valid path: " + e.getReason());
                continue;
            }
            if (Files.isDirectory(path)) {
                run.walk(path);
            } else if (Files.exists(path)) {
                run.readFile(path);
            } else {
                sink.inputStarted();
                sink.skip(input, SkipReason.NOT_FOUND, "no such file or folder");
            }
        }
        return sink.summary();
    }

    /** The state of one {@link #read} call. */
    private final class Run {

        private final ReportSink sink;
        private final FeedReader feeds = new FeedReader(html);
        private final JsonReportReader json = new JsonReportReader(html, maxInputBytes);

        Run(ReportSink sink) {
            this.sink = sink;
        }

        /** Depth first, entries in name order, hidden entries skipped, each real folder visited once. */
        void walk(Path root) {
            Set<Path> visited = new HashSet<>();
            Deque<Iterator<Path>> stack = new ArrayDeque<>();
            enter(root, visited, stack);
            while (!stack.isEmpty()) {
                Iterator<Path> entries = stack.peek();
                if (!entries.hasNext()) {
                    stack.pop();
                    continue;
                }
                Path entry = entries.next();
                if (entry.getFileName().toString().startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    enter(entry, visited, stack);
                } else if (Files.isRegularFile(entry)) {
                    readFile(entry);
                }
            }
        }

        private void enter(Path dir, Set<Path> visited, Deque<Iterator<Path>> stack) {
            List<Path> entries = new ArrayList<>();
            try {
                if (!visited.add(dir.toRealPath())) {
                    return;
                }
                try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
                    listing.forEach(entries::add);
                }
            } catch (IOException | UncheckedIOException e) {
                sink.inputStarted();
                sink.skip(dir.toString(), SkipReason.UNREADABLE, "folder cannot be listed: " + describe(e));
                return;
            }
            entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
            stack.push(entries.iterator());
        }

        void readFile(Path path) {
            sink.inputStarted();
            String origin = path.toString();
            String name = path.getFileName() == null ? origin : path.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String baseId = dot > 0 ? name.substring(0, dot) : name;
            String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
            long size;
            try {
                size = Files.size(path);
            } catch (IOException e) {
                sink.skip(origin, SkipReason.UNREADABLE, describe(e));
                return;
            }
            if (size == 0) {
                sink.skip(origin, SkipReason.EMPTY, "empty file");
                return;
            }
            try (InputStream in = Files.newInputStream(path)) {
                readStream(in, size, origin, baseId.isBlank() ? name : baseId, extension);
            } catch (IOException e) {
                sink.skip(origin, SkipReason.UNREADABLE, describe(e));
            }
        }

        /**
         * Reads one input: sniffs encoding and format from its first bytes, then streams JSON, or reads the
         * whole input (within the limit) for the other formats.
         *
         * @param size the input's size when known (a file), else -1
         */
        void readStream(InputStream in, long size, String origin, String baseId, String extension) {
            try {
                byte[] head = in.readNBytes(SNIFF_BYTES);
                if (head.length == 0) {
                    sink.skip(origin, SkipReason.EMPTY, "no bytes");
                    return;
                }
                boolean more = size > head.length || (size < 0 && head.length == SNIFF_BYTES);
                Encoding encoding;
                try {
                    encoding = detector.detect(head, head.length, more);
                } catch (UndecodableInputException e) {
                    sink.skip(origin, SkipReason.UNDECODABLE, e.getMessage());
                    return;
                }
                String headText = EncodingDetector.stripBom(new String(head, encoding.bomLength(),
                        head.length - encoding.bomLength(), encoding.charset()));
                InputKind kind = InputKind.sniff(headText, extension);
                InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), in);
                if (kind == InputKind.JSON_LINES) {
                    if (json.readLines(whole, encoding, baseId, origin, sink) == 0) {
                        sink.skip(origin, SkipReason.EMPTY, "only blank lines");
                    }
                    return;
                }
                if (kind == InputKind.JSON_DOCUMENT) {
                    whole.skipNBytes(encoding.bomLength());
                    Reader reader = new InputStreamReader(whole, encoding.charset().newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
                    json.readDocument(reader, baseId, origin, sink);
                    return;
                }
                if (size > maxInputBytes) {
                    sink.skip(origin, SkipReason.TOO_LARGE, size + " bytes, limit " + maxInputBytes);
                    return;
                }
                byte[] bytes = whole.readNBytes(maxInputBytes + 1);
                if (bytes.length > maxInputBytes) {
                    sink.skip(origin, SkipReason.TOO_LARGE, "more than " + maxInputBytes + " bytes");
                    return;
                }
                readWhole(bytes, kind, origin, baseId);
            } catch (java.nio.charset.CharacterCodingException e) {
                sink.skip(origin, SkipReason.UNDECODABLE, "not valid text in the detected encoding: " + describe(e));
            } catch (IOException e) {
                sink.skip(origin, SkipReason.UNREADABLE, describe(e));
            } catch (ReportSink.ConsumerException e) {
                throw e.unwrap();
            } catch (RuntimeException | StackOverflowError e) {
                sink.skip(origin, SkipReason.MALFORMED, "could not be parsed: " + describe(e));
            }
        }

        private void readWhole(byte[] bytes, InputKind kind, String origin, String baseId) {
            String text;
            try {
                text = detector.decode(bytes, bytes.length);
            } catch (UndecodableInputException e) {
                sink.skip(origin, SkipReason.UNDECODABLE, e.getMessage());
                return;
            }
            if (text.isBlank()) {
                sink.skip(origin, SkipReason.EMPTY, "only white space");
                return;
            }
            switch (kind) {
                case PLAIN_TEXT -> sink.report(plainText.parse(baseId, text, origin));
                case HTML -> {
                    HtmlReportParser.Page page = html.parse(text);
                    sink.report(new Report(baseId, page.title(), page.text(), page.published(), page.url(),
                            page.source(), origin));
                }
                case FEED -> feeds.read(text, baseId, origin, sink);
                default -> sink.skip(origin, SkipReason.UNSUPPORTED, "XML that is neither an RSS nor an Atom feed");
            }
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Optional settings of an {@link Ingestor}; validated by {@link #build()}. */
    public static final class Builder {

        private long maxInputBytes = DEFAULT_MAX_INPUT_BYTES;
        private InputStream stdin = System.in;

        private Builder() {
        }

        /** The largest input (file, stdin) or record (JSON Lines line, JSON array element) read, in bytes. */
        public Builder maxInputBytes(long maxInputBytes) {
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /** Where {@code -} reads from; {@link System#in} by default. */
        public Builder stdin(InputStream stdin) {
            this.stdin = Objects.requireNonNull(stdin, "stdin");
            return this;
        }

        /**
         * @throws IllegalArgumentException when maxInputBytes is not between 1 byte and 1 GiB
         */
        public Ingestor build() {
            if (maxInputBytes < 1 || maxInputBytes > (1L << 30)) {
                throw new IllegalArgumentException("maxInputBytes must be between 1 and " + (1L << 30)
                        + " (1 GiB), got " + maxInputBytes + "; larger inputs belong in JSON Lines, which is"
                        + " streamed with this limit per record");
            }
            return new Ingestor(this);
        }
    }
}
