package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.geocode.Distance;
import org.marsad.ingest.Ingestor;
import org.marsad.model.Event;
import org.marsad.store.ingest.IngestListener;
import org.marsad.store.ingest.Reextraction;
import org.marsad.store.ingest.StoreIngest;
import org.marsad.store.testing.HandwrittenCorpus;
import org.marsad.store.testing.OutletsCorpus;
import org.marsad.store.testing.Pipeline;
import org.marsad.store.testing.SyntheticCorpus;

/**
 * Incidents (several reports' readings of one event), the same on every database: {@link StoreContract} runs
 * these tests on SQLite and on PostgreSQL.
 */
interface IncidentContract {

    /** Khan Shaykhun, and nothing else of the outlets' corpus. */
    BoundingBox KHAN_SHAYKHUN = BoundingBox.parse("36.60,35.40,36.70,35.50");

    /** A new, empty store of the database under test. */
    StoreLocation freshLocation();

    private static void ingest(Store store, ExtractorVersion version, Path... inputs) {
        new StoreIngest(Pipeline.marsad(), version, store, 2).ingest(Ingestor.builder().build(),
                Arrays.stream(inputs).map(Path::toString).toList(), new IngestListener() { });
    }

    private static StoredIncident at(Store store, String location) {
        List<StoredIncident> at = store.incidents(EventQuery.all()).stream().filter(i -> location.equals(i.location()))
                .toList();
        assertThat(at).as("incidents at %s", location).hasSize(1);
        return at.get(0);
    }

    /** What an incident is, independent of row ids: date, place, type, toll and its reports. */
    private static String summary(StoredIncident i) {
        return i.date() + " " + i.location() + " " + i.eventType() + " " + i.fatalities() + " "
                + i.articleIds().stream().sorted().toList();
    }

    @Test
    default void threeOutletsReportingOneShellingAreOneIncidentWithEverySourceAndTheLowestToll(@TempDir Path dir) {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), OutletsCorpus.write(dir));

            StoredIncident shelling = at(store, "Khan Shaykhun");

            assertThat(shelling.readings()).hasSize(3);
            assertThat(shelling.articleIds()).containsExactlyInAnyOrderElementsOf(OutletsCorpus.KHAN_SHAYKHUN);
            assertThat(shelling.sources()).containsExactlyInAnyOrder("North Wire", "Levant Daily", "Sham Press");
            assertThat(shelling.fatalities()).isEqualTo(5);
            assertThat(shelling.date()).isEqualTo(LocalDate.of(2019, 6, 11));
            assertThat(shelling.eventType()).isEqualTo("Explosions/Remote violence");
            assertThat(shelling.readings()).extracting(r -> r.event().articleId(), r -> r.event().event().fatalities(),
                            r -> r.event().url())
                    .containsExactlyInAnyOrder(
                            tuple("north-wire-khan-shaykhun", 5, "https://north-wire.example/ar/2019/06/11/khan-shaykhun"),
                            tuple("levant-daily-khan-shaykhun", 7, "https://levant-daily.example/news/48213"),
                            tuple("sham-press-khan-shaykhun", 6,
                                    "https://sham-press.example/ar/article/khan-shaykhun-shelling"));
            assertThat(shelling.key()).isEqualTo(shelling.readings().get(0).event().key());
            assertThat(store.events(EventQuery.all().within(KHAN_SHAYKHUN))).extracting(e -> e.event().fatalities())
                    .containsExactlyInAnyOrder(5, 7, 6);
        }
    }

    @Test
    default void aShellingFortyKilometresAwayTheSameDayIsAnIncidentOfItsOwn(@TempDir Path dir) {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), OutletsCorpus.write(dir));

            StoredIncident ariha = at(store, "Ariha");
            StoredIncident khan = at(store, "Khan Shaykhun");

            assertThat(Distance.km(ariha.latitude(), ariha.longitude(), khan.latitude(), khan.longitude())).isBetween(35.0, 45.0);
            assertThat(ariha.date()).isEqualTo(khan.date());
            assertThat(ariha.articleIds()).containsExactly("north-wire-ariha");
            assertThat(ariha.fatalities()).isEqualTo(2);
            assertThat(store.incidents(EventQuery.all())).hasSize(store.events(EventQuery.all()).size() - 2);
        }
    }

    @Test
    default void theIncidentsAreTheSameWhateverOrderTheReportsCameIn(@TempDir Path dir) {
        List<Path> reports = OutletsCorpus.writeEach(dir);
        List<Path> reversed = new ArrayList<>(reports);
        java.util.Collections.reverse(reversed);
        try (Store forward = Store.open(freshLocation()); Store backward = Store.open(freshLocation())) {
            reports.forEach(r -> ingest(forward, Pipeline.version(), r));
            reversed.forEach(r -> ingest(backward, Pipeline.version(), r));

            assertThat(backward.incidents(EventQuery.all())).extracting(StoredIncident::key, IncidentContract::summary)
                    .containsExactlyElementsOf(forward.incidents(EventQuery.all()).stream()
                            .map(i -> tuple(i.key(), summary(i))).toList());
        }
    }

    @Test
    default void aCorrectedReadingLeavesItsIncidentAndTheTollFollows(@TempDir Path dir) {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), OutletsCorpus.write(dir));
            List<StoredEvent> readings = store.events(EventQuery.all().within(KHAN_SHAYKHUN));
            String northWire = readings.stream().filter(e -> e.event().fatalities() == 5).findFirst().orElseThrow().key();
            String levant = readings.stream().filter(e -> e.event().fatalities() == 7).findFirst().orElseThrow().key();

            store.correct(northWire, "deleted", "true", "Layla", "the toll of another day's shelling");
            StoredIncident withoutNorthWire = at(store, "Khan Shaykhun");
            store.correct(levant, "location", "Idlib", "Omar", "the report's dateline, not the target");
            store.correct(levant, "latitude", "35.93", "Omar", "the report's dateline, not the target");
            List<StoredIncident> apart = store.incidents(EventQuery.all().withType("Shelling/artillery/missile attack"));

            assertThat(withoutNorthWire.articleIds()).containsExactlyInAnyOrder("levant-daily-khan-shaykhun",
                    "sham-press-khan-shaykhun");
            assertThat(withoutNorthWire.fatalities()).isEqualTo(6);
            assertThat(apart).extracting(StoredIncident::articleIds, StoredIncident::fatalities).containsExactlyInAnyOrder(
                    tuple(List.of("sham-press-khan-shaykhun"), 6), tuple(List.of("levant-daily-khan-shaykhun"), 7),
                    tuple(List.of("north-wire-ariha"), 2));
        }
    }

    @Test
    default void reextractingTheReportsKeepsTheirIncidents(@TempDir Path dir) {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.older(), OutletsCorpus.write(dir));
            List<String> before = store.incidents(EventQuery.all()).stream().map(IncidentContract::summary).toList();

            new Reextraction(Pipeline.marsad(), Pipeline.version(), store, 2).run(false, new Reextraction.Listener() { });

            assertThat(store.incidents(EventQuery.all())).extracting(IncidentContract::summary)
                    .containsExactlyElementsOf(before);
            assertThat(at(store, "Khan Shaykhun").readings()).extracting(r -> r.event().extractorVersion())
                    .containsOnly(Pipeline.version().version());
        }
    }

    @Test
    default void incidentQueriesFilterByActorBoundingBoxDateAndType(@TempDir Path dir) {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), OutletsCorpus.write(dir));
            String army = "Military Forces of Syria";

            assertThat(store.incidents(EventQuery.all().withActor(army).within(KHAN_SHAYKHUN)))
                    .extracting(StoredIncident::location, i -> i.readings().size()).containsExactly(tuple("Khan Shaykhun", 3));
            assertThat(store.incidents(EventQuery.all().withActor("military forces of syria")))
                    .extracting(StoredIncident::location).containsExactlyInAnyOrder("Ariha", "Khan Shaykhun");
            assertThat(store.incidents(EventQuery.all().withType("Battles"))).extracting(StoredIncident::location)
                    .containsExactly("Tafas");
            assertThat(store.incidents(EventQuery.all().between(LocalDate.of(2019, 6, 12), LocalDate.of(2019, 6, 30))))
                    .extracting(StoredIncident::location).containsExactly("Azaz", "Tafas");
            assertThat(store.incidents(EventQuery.all().inAdmin1("idleb").limitedTo(1))).hasSize(1);
        }
    }

    @Test
    default void everyEventBelongsToOneIncidentWhoseReadingsAreAtMostADayAndTenKilometresApart(@TempDir Path dir) {
        Path corpus = HandwrittenCorpus.write(dir.resolve("corpus"));
        SyntheticCorpus.writeJsonLines(SyntheticCorpus.generate(400, 5), corpus.resolve("synthetic.jsonl"));
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), corpus, OutletsCorpus.write(dir));
            List<StoredIncident> incidents = store.incidents(EventQuery.all());

            assertThat(incidents.stream().flatMap(i -> i.readings().stream()).map(r -> r.event().key()))
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(store.events(EventQuery.all()).stream().map(StoredEvent::key).toList());
            assertThat(incidents).filteredOn(i -> i.readings().size() > 1).isNotEmpty();
            for (StoredIncident i : incidents) {
                for (StoredIncident.Reading a : i.readings()) {
                    for (StoredIncident.Reading b : i.readings()) {
                        Event x = a.event().event();
                        Event y = b.event().event();
                        assertThat(x.eventType()).isEqualTo(i.eventType());
                        assertThat(Math.abs(ChronoUnit.DAYS.between(x.eventDate(), y.eventDate()))).isLessThanOrEqualTo(1);
                        assertThat(Distance.km(x.latitude(), x.longitude(), y.latitude(), y.longitude()) <= 10
                                || x.location().equals(y.location())).as("%s and %s", a.event().key(), b.event().key()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    default void aStoreWhoseEventsHaveNoIncidentsGetsThemWhenOpened(@TempDir Path dir) throws SQLException {
        StoreLocation location = freshLocation();
        List<String> before;
        try (Store store = Store.open(location)) {
            ingest(store, Pipeline.version(), OutletsCorpus.write(dir));
            before = store.incidents(EventQuery.all()).stream().map(IncidentContract::summary).toList();
        }
        try (Connection c = Database.dataSource(location).getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM incident_reading");
            s.execute("DELETE FROM incident");
        }
        try (Store store = Store.open(location)) {
            assertThat(store.incidents(EventQuery.all())).extracting(IncidentContract::summary).containsExactlyElementsOf(before);
            assertThat(store.counts().incidents()).isEqualTo(before.size());
        }
    }
}
