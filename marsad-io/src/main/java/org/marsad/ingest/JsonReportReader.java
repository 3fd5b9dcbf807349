package org.marsad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;

/**
 * Reads reports from JSON: JSON Lines (one object per line), or a document holding one object or an array of
 * them. Fields: {@code id, url, source, title, published} and {@code text}, or {@code html} instead of text
 * (turned into text as for an HTML page). Both forms are streamed: one record at a time is in memory, and
 * no record larger than the limit is ever held whole. Not thread-safe.
 */
final class JsonReportReader {

    private final HtmlReportParser html;
    private final ObjectMapper mapper;
    private final int maxRecordBytes;

    JsonReportReader(HtmlReportParser html, int maxRecordBytes) {
        this.html = html;
        this.maxRecordBytes = maxRecordBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Math.max(1024, maxRecordBytes)).build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** A record that is JSON but not a report. */
    private static final class NotAReportException extends Exception {
        NotAReportException(String message) {
            super(message);
        }
    }

    /**
     * Reads JSON Lines. A line over the limit, undecodable or not a report object is skipped with
     * {@code origin:line}; blank lines are ignored. Returns the number of non-blank lines.
     */
    long readLines(InputStream in, Encoding encoding, String baseId, String origin, ReportSink sink)
            throws IOException {
        BoundedLineReader lines = new BoundedLineReader(in, encoding, maxRecordBytes);
        long records = 0;
        for (BoundedLineReader.Line line = lines.next(); line != null; line = lines.next()) {
            String where = origin + ":" + line.number();
            if (line.tooLong()) {
                records++;
                sink.skip(where, SkipReason.TOO_LARGE, "line of " + line.byteLength() + " bytes, limit "
                        + maxRecordBytes);
                continue;
            }
            String text;
            try {
                text = encoding.decode(line.bytes(), 0, line.length());
            } catch (UndecodableInputException e) {
                records++;
                sink.skip(where, SkipReason.UNDECODABLE, e.getMessage() + " of the line");
                continue;
            }
            if (line.number() == 1) {
                text = EncodingDetector.stripBom(text);
            }
            if (text.isBlank()) {
                continue;
            }
            records++;
            JsonNode node;
            try {
                node = mapper.readTree(text);
            } catch (JsonProcessingException e) {
                sink.skip(where, SkipReason.MALFORMED, e.getOriginalMessage());
                continue;
            }
            deliver(node, baseId + ":" + line.number(), where, sink);
        }
        return records;
    }

    /**
     * Reads a JSON document: one report object, or an array of them. A bad element is skipped with
     * {@code origin#n}; a syntax error ends the file, since JSON cannot be resynchronized.
     */
    void readDocument(Reader reader, String baseId, String origin, ReportSink sink) throws IOException {
        try (JsonParser parser = mapper.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                deliver(parser.readValueAsTree(), baseId, origin, sink);
                if (parser.nextToken() != null) {
                    sink.skip(origin, SkipReason.MALFORMED, "content after the JSON object at line "
                            + parser.currentLocation().getLineNr());
                }
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                sink.skip(origin, SkipReason.MALFORMED, "JSON document is neither an object nor an array");
                return;
            }
            int n = 0;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                n++;
                String where = origin + "#" + n;
                if (t == null) {
                    sink.skip(where, SkipReason.MALFORMED, "JSON array not closed");
                    return;
                }
                if (t != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    sink.skip(where, SkipReason.MALFORMED, "array element is " + t.asString() + ", not an object");
                    continue;
                }
                long start = parser.currentTokenLocation().getCharOffset();
                JsonNode node = parser.readValueAsTree();
                long size = parser.currentLocation().getCharOffset() - start;
                if (size > maxRecordBytes) {
                    sink.skip(where, SkipReason.TOO_LARGE, "record of " + size + " characters, limit "
                            + maxRecordBytes);
                    continue;
                }
                deliver(node, baseId + "#" + n, where, sink);
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            boolean tooBig = e.getOriginalMessage() != null && e.getOriginalMessage().contains("exceeds");
            sink.skip(origin, tooBig ? SkipReason.TOO_LARGE : SkipReason.MALFORMED, e.getOriginalMessage()
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + "; rest of the file not read");
        }
    }

    private void deliver(JsonNode node, String defaultId, String where, ReportSink sink) {
        try {
            sink.report(toReport(node, defaultId, where));
        } catch (NotAReportException e) {
            sink.skip(where, SkipReason.MALFORMED, e.getMessage());
        }
    }

    private Report toReport(JsonNode node, String defaultId, String origin) throws NotAReportException {
        if (node == null || !node.isObject()) {
            throw new NotAReportException("JSON " + (node == null ? "nothing" : node.getNodeType().name()
                    .toLowerCase(java.util.Locale.ROOT)) + ", not an object");
        }
        String id = field(node, "id");
        String title = field(node, "title");
        String url = field(node, "url");
        String source = field(node, "source");
        PublishedTime published = PublishedTimeParser.parse(field(node, "published")).orElse(null);
        String text;
        if (node.hasNonNull("text")) {
            text = field(node, "text");
        } else if (node.hasNonNull("html")) {
            HtmlReportParser.Page page = html.parse(field(node, "html"));
            text = page.text();
            title = title == null ? page.title() : title;
            published = published == null ? page.published() : published;
            url = url == null ? page.url() : url;
            source = source == null ? page.source() : source;
        } else {
            throw new NotAReportException("object has neither a text nor an html field");
        }
        if (text == null) {
            throw new NotAReportException("text field is not a string");
        }
        return new Report(id == null || id.isBlank() ? defaultId : id.strip(), title, text, published, url,
                source, origin);
    }

    /** A field as a string: strings as they are, numbers in decimal; null when absent or of another type. */
    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !(v.isTextual() || v.isNumber())) {
            return null;
        }
        return v.asText();
    }
}
