package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.Ingestor;
import org.marsad.store.ingest.IngestListener;
import org.marsad.store.ingest.StoreIngest;
import org.marsad.store.search.ReportHit;
import org.marsad.store.search.StoreSearch;
import org.marsad.store.testing.OutletsCorpus;
import org.marsad.store.testing.Pipeline;

/**
 * Full-text search over a store's reports, the same on every database: {@link StoreContract} runs these tests
 * on SQLite and on PostgreSQL.
 */
interface SearchContract {

    /** A new, empty store of the database under test. */
    StoreLocation freshLocation();

    private static void ingest(Store store, IngestListener listener, Path... inputs) {
        List<String> paths = java.util.Arrays.stream(inputs).map(Path::toString).toList();
        new StoreIngest(Pipeline.marsad(), Pipeline.version(), store, 2).ingest(Ingestor.builder().build(), paths, listener);
    }

    private static List<String> ids(StoreSearch search, String query) {
        return search.search(query, 20).stream().map(h -> h.report().report().id()).toList();
    }

    @Test
    default void theDefiniteNounFindsTheReportThatWritesItWithAPreposition(@TempDir Path dir) {
        try (Store store = Store.open(freshLocation()); StoreSearch search = StoreSearch.open(store, dir.resolve("index"))) {
            ingest(store, search, OutletsCorpus.write(dir));

            List<ReportHit> hits = search.search("القصف", 20);

            assertThat(hits).extracting(h -> h.report().report().id())
                    .containsExactlyInAnyOrder("north-wire-khan-shaykhun", "levant-daily-khan-shaykhun");
            ReportHit northWire = hits.stream().filter(h -> h.report().report().id().equals("north-wire-khan-shaykhun"))
                    .findFirst().orElseThrow();
            assertThat(northWire.report().report().text()).contains("بقصف").doesNotContain("القصف");
            assertThat(northWire.snippet().marked("[", "]")).contains("[بقصف]");
            assertThat(northWire.report().report().source()).isEqualTo("North Wire");
        }
    }

    @Test
    default void aBareAlefFindsTheHamzatedSpellingAndNothingElse(@TempDir Path dir) {
        try (Store store = Store.open(freshLocation()); StoreSearch search = StoreSearch.open(store, dir.resolve("index"))) {
            ingest(store, search, OutletsCorpus.write(dir));

            assertThat(ids(search, "ادلب")).containsExactlyInAnyOrder("north-wire-khan-shaykhun",
                    "levant-daily-khan-shaykhun", "sham-press-khan-shaykhun", "north-wire-ariha", "idlib-protest");
            assertThat(ids(search, "title:ادلب")).containsExactly("idlib-protest");
            assertThat(ids(search, "\"خان شيخون\"")).containsExactlyInAnyOrderElementsOf(OutletsCorpus.KHAN_SHAYKHUN);
        }
    }

    @Test
    default void ingestingTheSameReportsAgainAddsNothingToTheIndex(@TempDir Path dir) {
        Path corpus = OutletsCorpus.write(dir);
        try (Store store = Store.open(freshLocation()); StoreSearch search = StoreSearch.open(store, dir.resolve("index"))) {
            ingest(store, search, corpus);
            ingest(store, search, corpus);

            assertThat(search.size()).isEqualTo(OutletsCorpus.REPORTS);
            assertThat(ids(search, "اعزاز")).containsExactly("azaz-car-bomb");
        }
    }

    @Test
    default void reportsStoredWhileTheIndexWasNotKeptAreIndexedWhenItIsOpenedAgain(@TempDir Path dir) {
        List<Path> reports = OutletsCorpus.writeEach(dir.resolve("each"));
        StoreLocation location = freshLocation();
        Path folder = dir.resolve("index");
        try (Store store = Store.open(location)) {
            try (StoreSearch search = StoreSearch.open(store, folder)) {
                ingest(store, search, reports.subList(0, 4).toArray(Path[]::new));
            }
            // an ingest that stopped after the store's commits and before the index's: the index never heard of these
            ingest(store, new IngestListener() { }, reports.subList(4, reports.size()).toArray(Path[]::new));
        }
        try (Store store = Store.open(location); StoreSearch search = StoreSearch.open(store, folder)) {
            assertThat(search.reconciled()).isEqualTo(new StoreSearch.Reconciled(3, 0));
            assertThat(search.size()).isEqualTo(OutletsCorpus.REPORTS);
            assertThat(ids(search, "طفس")).containsExactly("daraa-clashes");
        }
    }

    @Test
    default void anIndexLeftBesideAnotherStoreDropsTheReportsThatStoreLacks(@TempDir Path dir) {
        List<Path> reports = OutletsCorpus.writeEach(dir.resolve("each"));
        Path folder = dir.resolve("index");
        try (Store store = Store.open(freshLocation()); StoreSearch search = StoreSearch.open(store, folder)) {
            ingest(store, search, reports.toArray(Path[]::new));
        }
        try (Store other = Store.open(freshLocation())) {
            ingest(other, new IngestListener() { }, reports.get(5));
            try (StoreSearch search = StoreSearch.open(other, folder)) {
                assertThat(search.reconciled()).isEqualTo(new StoreSearch.Reconciled(0, 6));
                assertThat(ids(search, "ادلب")).isEmpty();
                assertThat(ids(search, "اعزاز")).containsExactly("azaz-car-bomb");
            }
        }
    }

    @Test
    default void aQueryThatCannotBeParsedIsRefusedWithTheReason(@TempDir Path dir) {
        try (Store store = Store.open(freshLocation()); StoreSearch search = StoreSearch.open(store, dir.resolve("index"))) {
            assertThatThrownBy(() -> search.search("\"خان شيخون", 10)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not closed");
        }
    }
}
