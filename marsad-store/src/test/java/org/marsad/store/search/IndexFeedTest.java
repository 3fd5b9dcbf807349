package org.marsad.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;
import org.marsad.search.ReportIndex;

class IndexFeedTest {

    @TempDir
    Path dir;

    private static Report report(int n) {
        return new Report("r" + n, "قصف على بلدة كفرنبل رقم " + n, "قصفت قوات النظام بلدة كفرنبل جنوب إدلب للمرة " + n + ".",
                PublishedTime.parseIso("2018-03-0" + (1 + n % 9) + "T08:00").orElseThrow(), null, "Wire", "r" + n + ".txt");
    }

    @Test
    void everyReportHandedOverIsIndexedOnceTheFeedIsFlushedEvenBeyondTheReportsThatMayWait() {
        try (ReportIndex index = ReportIndex.open(dir.resolve("index"))) {
            IndexFeed feed = new IndexFeed(index);
            for (int i = 0; i < 600; i++) {
                feed.add(report(i));
            }
            feed.close();
            assertThat(index.size()).isEqualTo(600);
            assertThat(index.search("كفرنبل", 5)).hasSize(5);
        }
    }

    @Test
    void aReportThatCannotBeIndexedFailsTheNextCallWithTheIndexsOwnMessage() {
        ReportIndex index = ReportIndex.open(dir.resolve("index"));
        IndexFeed feed = new IndexFeed(index);
        index.close();
        feed.add(report(1));
        assertThatThrownBy(feed::flush).isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
        assertThatThrownBy(() -> feed.add(report(2))).hasMessageContaining("is closed");
    }
}
