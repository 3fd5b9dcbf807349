package org.marsad.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;

/** Runs in its own Surefire execution with Hadoop removed from the class path (see this module's pom). */
class ParquetEventWriterWithoutHadoopTest {

    @Test
    void writingAParquetFileNeedsNoHadoopClass() {
        assertThatThrownBy(() -> Class.forName("org.apache.hadoop.conf.Configuration"))
                .isInstanceOf(ClassNotFoundException.class);
        Event e = new Event(LocalDate.of(2018, 2, 20), 1, "Battles", "Armed clash", "Jaysh al Islam", "", "", "",
                "Rebel group", "", "", "Syria", 760, "Middle East", "Rural Damascus", "Duma", "", "Harasta",
                33.5586, 36.3650, 1, 4, "اشتباكات على جبهة حرستا", "Test Wire", 0.8, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParquetEventWriter w = new ParquetEventWriter(out, 1_700_000_000L)) {
            w.write("harasta-front", 1, e);
        }
        byte[] file = out.toByteArray();
        byte[] magic = "PAR1".getBytes(StandardCharsets.US_ASCII);
        assertThat(file.length).isGreaterThan(2 * magic.length);
        assertThat(Arrays.copyOfRange(file, 0, 4)).isEqualTo(magic);
        assertThat(Arrays.copyOfRange(file, file.length - 4, file.length)).isEqualTo(magic);
    }
}
