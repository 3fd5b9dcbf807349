package org.marsad.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.marsad.model.Report;

/** Writes small inputs into a temporary folder and reads them back through an {@link Ingestor}. */
final class IngestFixture {

    /** Everything one read produced. */
    record Result(List<Report> reports, List<Skipped> skipped, IngestSummary summary) {

        Report only() {
            if (reports.size() != 1 || !skipped.isEmpty()) {
                throw new AssertionError("expected one report and no skip, got " + reports + " and " + skipped);
            }
            return reports.get(0);
        }

        Skipped onlySkip() {
            if (skipped.size() != 1 || !reports.isEmpty()) {
                throw new AssertionError("expected one skip and no report, got " + reports + " and " + skipped);
            }
            return skipped.get(0);
        }
    }

    private IngestFixture() {
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Result read(Ingestor ingestor, Path... paths) {
        List<String> inputs = new ArrayList<>();
        for (Path p : paths) {
            inputs.add(p.toString());
        }
        return read(ingestor, inputs);
    }

    static Result read(Ingestor ingestor, List<String> inputs) {
        List<Report> reports = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        IngestSummary summary = ingestor.read(inputs, reports::add, skipped::add);
        return new Result(reports, skipped, summary);
    }

    static Result readFile(Path dir, String name, byte[] bytes) {
        return read(Ingestor.builder().build(), write(dir, name, bytes));
    }

    static Result readFile(Path dir, String name, String text) {
        return readFile(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Result readStdin(byte[] bytes) {
        Ingestor ingestor = Ingestor.builder().stdin(new ByteArrayInputStream(bytes)).build();
        return read(ingestor, List.of("-"));
    }
}
