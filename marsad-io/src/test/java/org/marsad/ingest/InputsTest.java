package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Report;

class InputsTest {

    private static final String REPORT = "مقتل عنصرين من قوات النظام بهجوم في درعا\nهاجم مسلحون حاجزاً عسكرياً.\n";

    @TempDir
    Path dir;

    @Test
    void folderIsWalkedRecursivelyInNameOrder() {
        IngestFixture.write(dir, "b.txt", REPORT);
        IngestFixture.write(dir, "a/z.txt", REPORT);
        IngestFixture.write(dir, "a/m.txt", REPORT);
        IngestFixture.write(dir, "c.txt", REPORT);
        var result = IngestFixture.read(Ingestor.builder().build(), dir);
        assertThat(result.reports()).extracting(Report::id).containsExactly("m", "z", "b", "c");
    }

    @Test
    void hiddenFilesAndFoldersAreSkippedSilently() {
        IngestFixture.write(dir, "visible.txt", REPORT);
        IngestFixture.write(dir, ".hidden.txt", REPORT);
        IngestFixture.write(dir, ".git/notes.txt", REPORT);
        var result = IngestFixture.read(Ingestor.builder().build(), dir);
        assertThat(result.reports()).extracting(Report::id).containsExactly("visible");
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void missingPathIsSkippedAsNotFoundAndTheBatchGoesOn() {
        Path good = IngestFixture.write(dir, "good.txt", REPORT);
        var result = IngestFixture.read(Ingestor.builder().build(),
                List.of(dir.resolve("missing.txt").toString(), good.toString()));
        assertThat(result.skipped()).extracting(Skipped::reason).containsExactly(SkipReason.NOT_FOUND);
        assertThat(result.reports()).extracting(Report::id).containsExactly("good");
    }

    @Test
    void fileOverTheLimitIsSkippedAsTooLarge() {
        Path file = IngestFixture.write(dir, "long.txt", REPORT.repeat(50));
        var result = IngestFixture.read(Ingestor.builder().maxInputBytes(1024).build(), file);
        assertThat(result.onlySkip().reason()).isEqualTo(SkipReason.TOO_LARGE);
    }

    @Test
    void stdinSingleReportHasIdStdin() {
        Report r = IngestFixture.readStdin(REPORT.getBytes(StandardCharsets.UTF_8)).only();
        assertThat(r.id()).isEqualTo("stdin");
        assertThat(r.origin()).isEqualTo("<stdin>");
        assertThat(r.title()).isEqualTo("مقتل عنصرين من قوات النظام بهجوم في درعا");
    }

    @Test
    void stdinOverTheLimitIsSkippedAsTooLarge() {
        Ingestor ingestor = Ingestor.builder().maxInputBytes(1024)
                .stdin(new ByteArrayInputStream(REPORT.repeat(100).getBytes(StandardCharsets.UTF_8))).build();
        var result = IngestFixture.read(ingestor, List.of("-"));
        assertThat(result.onlySkip()).isEqualTo(new Skipped("<stdin>", SkipReason.TOO_LARGE, "more than 1024 bytes"));
    }

    @Test
    void summaryCountsInputsReportsAndSkipsPerReason() {
        IngestFixture.write(dir, "one.txt", REPORT);
        IngestFixture.write(dir, "two.txt", REPORT);
        IngestFixture.write(dir, "empty.txt", "");
        var result = IngestFixture.read(Ingestor.builder().build(), dir);
        assertThat(result.summary().inputs()).isEqualTo(3);
        assertThat(result.summary().reports()).isEqualTo(2);
        assertThat(result.summary().skipped(SkipReason.EMPTY)).isEqualTo(1);
        assertThat(result.summary().toLine()).isEqualTo("3 inputs read: 2 reports, 1 skipped (1 empty)");
    }

    @Test
    void reportsAreDeliveredBeforeLaterInputsAreRead() {
        IngestFixture.write(dir, "a.txt", REPORT);
        IngestFixture.write(dir, "b.txt", "");
        List<String> events = new ArrayList<>();
        Ingestor.builder().build().read(List.of(dir.toString()), r -> events.add("report " + r.id()),
                s -> events.add("skip " + s.reason()));
        assertThat(events).containsExactly("report a", "skip EMPTY");
    }

    @Test
    void consumerExceptionsReachTheCaller() {
        IngestFixture.write(dir, "a.txt", REPORT);
        Ingestor ingestor = Ingestor.builder().build();
        assertThatThrownBy(() -> ingestor.read(List.of(dir.toString()), r -> {
            throw new IllegalStateException("store full");
        }, s -> { })).isInstanceOf(IllegalStateException.class).hasMessage("store full");
    }

    @Test
    void nonPositiveLimitIsRefusedWithTheValue() {
        assertThatThrownBy(() -> Ingestor.builder().maxInputBytes(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 0");
    }
}
