package org.marsad.text;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconFileTest {

    private static List<LexiconFile.Row> parse(String content, int columns) throws IOException {
        return LexiconFile.parse("test.tsv", new BufferedReader(new StringReader(content)), columns);
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndLinesAreCounted() throws IOException {
        List<LexiconFile.Row> rows = parse("# header\n\nعشرات\t12\n", 2);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.cell(0)).isEqualTo("عشرات");
            assertThat(r.longCell(1)).isEqualTo(12L);
        });
    }

    @Test
    void rowWithWrongCellCountNamesFileAndLine() {
        assertThatThrownBy(() -> parse("# header\nعشرات 12\n", 2))
                .isInstanceOf(LexiconFile.LexiconFormatException.class)
                .hasMessageStartingWith("test.tsv:2:");
    }

    @Test
    void nonNumericCellNamesFileLineAndValue() throws IOException {
        LexiconFile.Row row = parse("مئات\tمئة\n", 2).get(0);
        assertThatThrownBy(() -> row.longCell(1))
                .hasMessageStartingWith("test.tsv:1:")
                .hasMessageContaining("'مئة'");
    }

    @Test
    void missingResourceIsReportedByName() {
        assertThatThrownBy(() -> LexiconFile.read(LexiconFileTest.class, "no-such.tsv", 2))
                .hasMessageContaining("org/marsad/text/no-such.tsv");
    }
}
