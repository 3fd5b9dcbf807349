package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.Ingestor;
import org.marsad.model.Event;
import org.marsad.model.Extraction;
import org.marsad.model.PublishedTime;
import org.marsad.model.Report;
import org.marsad.model.TextField;
import org.marsad.store.ingest.IngestListener;
import org.marsad.store.ingest.IngestTally;
import org.marsad.store.ingest.Reextraction;
import org.marsad.store.ingest.StoreIngest;
import org.marsad.store.search.StoreSearch;
import org.marsad.store.testing.HandwrittenCorpus;
import org.marsad.store.testing.Pipeline;
import org.marsad.store.testing.SyntheticCorpus;

/**
 * What every store must do, whatever its database: the same tests, with those of full-text search
 * ({@link SearchContract}) and incidents ({@link IncidentContract}), run on SQLite ({@link SqliteStoreTest})
 * and on PostgreSQL ({@link PostgresStoreTest}).
 */
abstract class StoreContract implements SearchContract, IncidentContract {

    /** Idlib's south and east: Khan Shaykhun, Idlib city, Saraqib and Ma'arrat an-Nu'man, not Kafr Nabudah. */
    private static final BoundingBox IDLIB = BoundingBox.parse("36.55,35.40,37.00,36.10");
    private static final String HTS = "Hayat Tahrir al-Sham";

    @TempDir
    Path work;

    /** A new, empty store of the database under test. */
    @Override
    public abstract StoreLocation freshLocation();

    /** Makes the database refuse, from now on, to store a report with this title (as a full disk would). */
    abstract void refuseReportsTitled(StoreLocation location, String title) throws SQLException;

    private IngestTally ingest(Store store, ExtractorVersion version, Path... inputs) {
        List<String> paths = new ArrayList<>();
        for (Path p : inputs) {
            paths.add(p.toString());
        }
        return new StoreIngest(Pipeline.marsad(), version, store, 2).ingest(Ingestor.builder().build(), paths,
                new IngestListener() { });
    }

    private Path handwritten() {
        return HandwrittenCorpus.write(work.resolve("corpus"));
    }

    private static StoredEvent only(List<StoredEvent> events, String articleId) {
        List<StoredEvent> of = events.stream().filter(e -> e.articleId().equals(articleId)).toList();
        assertThat(of).as("events of %s", articleId).hasSize(1);
        return of.get(0);
    }

    @Test
    void ingestingTheSameCorpusTwiceAddsNothing() {
        Path corpus = handwritten();
        SyntheticCorpus.writeJsonLines(SyntheticCorpus.generate(60, 3), corpus.resolve("synthetic.jsonl"));
        try (Store store = Store.open(freshLocation())) {
            IngestTally first = ingest(store, Pipeline.version(), corpus);
            StoreCounts once = store.counts();
            IngestTally second = ingest(store, Pipeline.version(), corpus);

            assertThat(first.stored()).isEqualTo(HandwrittenCorpus.REPORTS + 60);
            assertThat(once.reports()).isEqualTo(HandwrittenCorpus.REPORTS + 60);
            assertThat(once.events()).isGreaterThan(60);
            assertThat(once.mentions()).isGreaterThan(once.events());
            assertThat(once.sources()).isEqualTo(5);
            assertThat(second.stored()).isZero();
            assertThat(second.sameContent()).isEqualTo(HandwrittenCorpus.REPORTS + 60);
            assertThat(store.counts()).isEqualTo(once);
        }
    }

    @Test
    void theSameReportWithOtherSpacesAndLineEndsIsStoredOnceButOneMoreTatweelIsAnotherReport() {
        Report report = new Report("a", "قصف على بلدة حيش", "قصفت قوات النظام بلدة حيش بريف إدلب الجنوبي.\nوقتل ثلاثة مدنيين.",
                PublishedTime.parseIso("2017-03-16T20:05").orElseThrow(), null, null, "a.txt");
        Report rewrapped = new Report("b", " قصف على  بلدة حيش ", "قصفت قوات النظام\u00a0بلدة حيش بريف إدلب الجنوبي. \r\n\r\n"
                + "\u200fوقتل ثلاثة مدنيين.\r\n", report.published(), null, null, "b.txt");
        Report tatweel = new Report("c", report.title(), report.text().replace("قصفت", "قصـفت"), report.published(),
                null, null, "c.txt");
        try (Store store = Store.open(freshLocation())) {
            assertThat(store.put(Pipeline.marsad().extract(report), Pipeline.version())).isEqualTo(Store.PutOutcome.STORED);
            assertThat(store.put(Pipeline.marsad().extract(rewrapped), Pipeline.version()))
                    .isEqualTo(Store.PutOutcome.SAME_CONTENT);
            assertThat(store.put(Pipeline.marsad().extract(tatweel), Pipeline.version())).isEqualTo(Store.PutOutcome.STORED);
            assertThat(store.counts().reports()).isEqualTo(2);
        }
    }

    @Test
    void aReportAtAStoredUrlIsNotStoredAgainEvenWithEditedText() {
        Report first = new Report("a", "اشتباكات في سراقب", "اندلعت اشتباكات عنيفة اليوم في محيط مدينة سراقب.",
                PublishedTime.parseIso("2019-05-18T21:00").orElseThrow(), "https://Example.org/ar/saraqib#top", "Wire",
                "wire.jsonl:1");
        Report edited = new Report("a", "اشتباكات في سراقب", "اندلعت اشتباكات عنيفة اليوم في محيط مدينة سراقب، وقتل ٩.",
                first.published(), "https://example.org/ar/saraqib", "Wire", "wire.jsonl:2");
        try (Store store = Store.open(freshLocation())) {
            assertThat(store.put(Pipeline.marsad().extract(first), Pipeline.version())).isEqualTo(Store.PutOutcome.STORED);
            assertThat(store.put(Pipeline.marsad().extract(edited), Pipeline.version())).isEqualTo(Store.PutOutcome.SAME_URL);
            assertThat(store.containsUrl("https://EXAMPLE.org/ar/saraqib")).isTrue();
            assertThat(store.counts().reports()).isEqualTo(1);
        }
    }

    @Test
    void anEventQueryByActorAndBoundingBoxReturnsTheExpectedRows() {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), handwritten());

            List<StoredEvent> inIdlib = store.events(EventQuery.all().withActor(HTS).within(IDLIB));
            List<StoredEvent> anywhere = store.events(EventQuery.all().withActor(HTS));

            assertThat(inIdlib).extracting(StoredEvent::articleId, e -> e.event().location(),
                            e -> e.event().eventDate().toString())
                    .containsExactly(tuple("idlib-hts-shelling", "Khan Shaykhun", "2019-05-12"),
                            tuple("idlib-arrests", "Idlib", "2019-05-13"),
                            tuple("saraqib-hts-battle", "Saraqib", "2019-05-18"));
            assertThat(anywhere).extracting(e -> e.event().location())
                    .containsExactly("Kafr Nabudah", "Khan Shaykhun", "Idlib", "Saraqib");
        }
    }

    @Test
    void anActorIsFoundByItsArabicNameRegistryIdAndNameWithoutItsPeriod() {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), handwritten());

            assertThat(locations(store, EventQuery.all().withActor("هيئة تحرير الشام")))
                    .containsExactly("Kafr Nabudah", "Khan Shaykhun", "Idlib", "Saraqib");
            assertThat(locations(store, EventQuery.all().withActor("hts")))
                    .containsExactly("Kafr Nabudah", "Khan Shaykhun", "Idlib", "Saraqib");
            assertThat(locations(store, EventQuery.all().withActor("  HAYAT TAHRIR AL-SHAM ")))
                    .containsExactly("Kafr Nabudah", "Khan Shaykhun", "Idlib", "Saraqib");
            assertThat(locations(store, EventQuery.all().withActor("military forces of syria")))
                    .containsExactly("Kafr Nabudah", "Khan Shaykhun", "Saraqib");
            assertThat(locations(store, EventQuery.all().withActor("Islamic State")))
                    .containsExactly("Hajin", "al-Bab", "Al-Houd");
            assertThat(locations(store, EventQuery.all().withActor("Nobody at all"))).isEmpty();
        }
    }

    @Test
    void eventQueriesFilterByTypeDateRangeAdmin1AndLimit() {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), handwritten());

            assertThat(locations(store, EventQuery.all().withType("battles")))
                    .containsExactly("Kafr Nabudah", "Hajin", "Saraqib", "Al-Houd");
            assertThat(locations(store, EventQuery.all().withType("Air/drone strike")))
                    .containsExactly("Ma`arrat an Nu`man");
            assertThat(locations(store, EventQuery.all().between(LocalDate.of(2019, 5, 13), LocalDate.of(2019, 5, 15))))
                    .containsExactly("Idlib", "Ma`arrat an Nu`man");
            assertThat(locations(store, EventQuery.all().inAdmin1("IDLEB")))
                    .containsExactly("Khan Shaykhun", "Idlib", "Ma`arrat an Nu`man", "Saraqib");
            assertThat(locations(store, EventQuery.all().withActor(HTS).withType("Battles")
                    .between(LocalDate.of(2019, 5, 12), LocalDate.of(2019, 5, 31)))).containsExactly("Saraqib");
            assertThat(locations(store, EventQuery.all().limitedTo(1))).containsExactly("Kafr Nabudah");
            assertThat(store.events(EventQuery.all())).hasSize(9);
        }
    }

    private static List<String> locations(Store store, EventQuery q) {
        return store.events(q).stream().map(e -> e.event().location()).toList();
    }

    @Test
    void storedReportsAndEvidenceComeBackAsTheyWereRead() {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), handwritten());
            List<StoredReport> reports = new ArrayList<>();
            store.forEachReport(reports::add);

            assertThat(reports).hasSize(HandwrittenCorpus.REPORTS);
            StoredReport saraqib = reports.stream().filter(r -> r.report().id().equals("saraqib-hts-battle")).findFirst()
                    .orElseThrow();
            assertThat(saraqib.report().published()).hasToString("2019-05-18T21:00+03:00");
            assertThat(saraqib.report().url()).isEqualTo("https://example.org/ar/saraqib");
            assertThat(saraqib.report().source()).isEqualTo("Wire One");
            assertThat(saraqib.hash()).isEqualTo(ContentHash.of(saraqib.report()));
            for (StoredEvent e : store.events(EventQuery.all().withEvidence(true))) {
                Report r = store.report(e.reportHash()).orElseThrow().report();
                assertThat(e.event().evidence()).as("evidence of %s", e.key()).isNotEmpty();
                e.event().evidence().forEach(m -> assertThat(m.span().of(m.field() == TextField.TITLE ? r.title() : r.text()))
                        .isEqualTo(m.text()));
            }
        }
    }

    @Test
    void everyDerivedRowCarriesTheExtractorVersionThatProducedIt() throws SQLException {
        StoreLocation location = freshLocation();
        try (Store store = Store.open(location)) {
            ingest(store, Pipeline.version(), handwritten());
        }
        try (Connection c = Database.dataSource(location).getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("report", "report_actor", "report_place", "event", "relation", "mention")) {
                try (ResultSet rs = s.executeQuery("SELECT DISTINCT x.version FROM " + table
                        + " t JOIN extractor x ON x.extractor_id = t.extractor_id")) {
                    List<String> versions = new ArrayList<>();
                    while (rs.next()) {
                        versions.add(rs.getString(1));
                    }
                    assertThat(versions).as(table).containsExactly(Pipeline.version().version());
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT core_version, knowledge_hash, code_hash FROM extractor")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isEqualTo(Pipeline.version().knowledgeHash()).hasSize(64);
                assertThat(rs.getString(3)).isEqualTo(Pipeline.version().codeHash());
            }
        }
    }

    @Test
    void reextractingWithANewerExtractorReplacesMachineRowsAndKeepsAnalystCorrections() {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.older(), handwritten());
            List<StoredEvent> before = store.events(EventQuery.all());
            StoredEvent saraqib = only(before, "saraqib-hts-battle");
            StoredEvent khan = before.stream().filter(e -> e.event().location().equals("Khan Shaykhun")).findFirst()
                    .orElseThrow();
            Correction toll = store.correct(saraqib.key(), "fatalities", "12", "Layla", "hospital records");
            Correction actor = store.correct(khan.key(), "actor1", "National Front for Liberation", "Omar",
                    "the front claimed the shelling");

            Reextraction.Tally tally = new Reextraction(Pipeline.marsad(), Pipeline.version(), store, 2)
                    .run(false, new Reextraction.Listener() { });

            assertThat(tally.reports()).isEqualTo(HandwrittenCorpus.REPORTS);
            assertThat(tally.reapplied()).isEqualTo(2);
            assertThat(tally.unattached()).isZero();
            assertThat(store.reportsNotExtractedBy(Pipeline.version().version())).isEmpty();
            List<StoredEvent> after = store.events(EventQuery.all());
            assertThat(after).extracting(StoredEvent::extractorVersion).containsOnly(Pipeline.version().version());
            StoredEvent corrected = only(after, "saraqib-hts-battle");
            assertThat(corrected.event().fatalities()).isEqualTo(12);
            assertThat(corrected.corrected()).isTrue();
            assertThat(locations(store, EventQuery.all().withActor("National Front for Liberation")))
                    .containsExactly("Khan Shaykhun");
            assertThat(locations(store, EventQuery.all().withActor(HTS))).doesNotContain("Khan Shaykhun");
            assertThat(store.corrections()).extracting(Correction::id, Correction::status)
                    .containsExactly(tuple(toll.id(), Correction.Status.ATTACHED), tuple(actor.id(), Correction.Status.ATTACHED));
            assertThat(store.correctionLog(toll.id())).extracting(CorrectionLogEntry::action, CorrectionLogEntry::machineValue,
                            CorrectionLogEntry::extractorVersion)
                    .containsExactly(tuple("created", "9", Pipeline.older().version()),
                            tuple("reapplied", "9", Pipeline.version().version()));
            assertThat(store.correctionLog(actor.id())).extracting(CorrectionLogEntry::machineValue)
                    .containsExactly(HTS, HTS);
            assertThat(toll.oldValue()).isEqualTo("9");
            assertThat(new Reextraction(Pipeline.marsad(), Pipeline.version(), store, 2)
                    .run(false, new Reextraction.Listener() { }).reports()).isZero();
        }
    }

    @Test
    void aCorrectionWhoseEventIsGoneAfterReextractionIsKeptUnattachedAndComesBackWithItsEvent() {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), handwritten());
            StoredEvent bab = only(store.events(EventQuery.all()), "bab-bombing");
            Correction c = store.correct(bab.key(), "fatalities", "3", "Layla", "a third victim died in hospital");
            Extraction original = Pipeline.marsad().extract(store.report(bab.reportHash()).orElseThrow().report());
            Extraction elsewhere = withFirstEvent(original, moved(original.events().get(0), "Tadif",
                    original.events().get(0).eventDate().plusDays(1)));

            Store.Replaced gone = store.replace(bab.reportHash(), elsewhere, Pipeline.older());
            StoredEvent machine = only(store.events(EventQuery.all()), "bab-bombing");
            Store.Replaced back = store.replace(bab.reportHash(), original, Pipeline.version());

            assertThat(gone.unattached()).isEqualTo(1);
            assertThat(machine.event().fatalities()).isEqualTo(2);
            assertThat(machine.corrected()).isFalse();
            assertThat(back.reattached()).isEqualTo(1);
            assertThat(store.corrections()).extracting(Correction::status).containsExactly(Correction.Status.ATTACHED);
            assertThat(only(store.events(EventQuery.all()), "bab-bombing").event().fatalities()).isEqualTo(3);
            assertThat(store.correctionLog(c.id())).extracting(CorrectionLogEntry::action)
                    .containsExactly("created", "unattached", "reattached");
        }
    }

    @Test
    void aCorrectionFollowsItsEventWhenANewerExtractorNamesAnotherActorAtTheSameDateAndPlace() {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), handwritten());
            StoredEvent bab = only(store.events(EventQuery.all()), "bab-bombing");
            Correction c = store.correct(bab.key(), "notes", "Claimed by no one.", "Omar", "");
            Extraction original = Pipeline.marsad().extract(store.report(bab.reportHash()).orElseThrow().report());
            Event e = original.events().get(0);
            Event otherActor = new Event(e.eventDate(), e.timePrecision(), e.eventType(), e.subEventType(), "Unidentified Armed Group (Syria)",
                    e.assocActor1(), e.actor2(), e.assocActor2(), e.inter1(), e.inter2(), e.civilianTargeting(), e.country(),
                    e.iso(), e.region(), e.admin1(), e.admin2(), e.admin3(), e.location(), e.latitude(), e.longitude(),
                    e.geoPrecision(), e.fatalities(), e.notes(), e.source(), e.confidence(), e.evidence());

            Store.Replaced r = store.replace(bab.reportHash(), withFirstEvent(original, otherActor), Pipeline.older());

            StoredEvent now = only(store.events(EventQuery.all()), "bab-bombing");
            assertThat(r.reattached()).isEqualTo(1);
            assertThat(now.key()).isNotEqualTo(bab.key());
            assertThat(now.event().notes()).isEqualTo("Claimed by no one.");
            assertThat(store.corrections()).extracting(Correction::eventKey).containsExactly(now.key());
            assertThat(store.correctionLog(c.id()).get(1).detail()).contains(bab.key());
        }
    }

    @Test
    void anEventAnAnalystDeletedIsLeftOutOfQueriesButKept() {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), handwritten());
            StoredEvent taiz = only(store.events(EventQuery.all()), "taiz-houthi");
            long events = store.counts().events();

            store.correct(taiz.key(), "deleted", "true", "Layla", "mortar fire was outgoing, not on the city");

            assertThat(store.events(EventQuery.all().withActor("Houthis"))).isEmpty();
            assertThat(store.counts().events()).isEqualTo(events);
        }
    }

    @Test
    void aCorrectionOfAnUnknownEventOrFieldOrWithAnInvalidValueIsRefusedAndChangesNothing() {
        try (Store store = Store.open(freshLocation())) {
            ingest(store, Pipeline.version(), handwritten());
            StoredEvent taiz = only(store.events(EventQuery.all()), "taiz-houthi");

            assertThatThrownBy(() -> store.correct(taiz.key(), "fatalities", "-3", "Layla", ""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fatalities");
            assertThatThrownBy(() -> store.correct(taiz.key(), "event_date", "17/05/2019", "Layla", ""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2019-05-12");
            assertThatThrownBy(() -> store.correct(taiz.key(), "colour", "red", "Layla", ""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actor1");
            assertThatThrownBy(() -> store.correct("no-such-event", "notes", "x", "Layla", ""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-event");
            assertThat(store.corrections()).isEmpty();
            assertThat(only(store.events(EventQuery.all()), "taiz-houthi").corrected()).isFalse();
        }
    }

    private static Report report(String id, String title, String text) {
        return new Report(id, title, text, PublishedTime.parseIso("2018-02-10T09:30").orElseThrow(), null, "Wire",
                id + ".txt");
    }

    @Test
    void reportsStoredTogetherComeOutAsEachWouldAloneAndACopyAmongThemIsPassedOver() {
        Report first = report("a", "قصف على معرة النعمان", "قصفت طائرات حربية مدينة معرة النعمان جنوب إدلب، ما أدى لمقتل ٤ مدنيين.");
        Report second = report("b", "اشتباكات في جسر الشغور", "دارت اشتباكات عنيفة بين \"هيئة تحرير الشام\" وقوات النظام قرب جسر الشغور.");
        Report copy = report("c", first.title(), first.text() + "\n");
        try (Store store = Store.open(freshLocation())) {
            List<Store.PutOutcome> outcomes = store.putAll(List.of(Pipeline.marsad().extract(first),
                    Pipeline.marsad().extract(second), Pipeline.marsad().extract(copy)), Pipeline.version());

            assertThat(outcomes).containsExactly(Store.PutOutcome.STORED, Store.PutOutcome.STORED,
                    Store.PutOutcome.SAME_CONTENT);
            assertThat(store.counts().reports()).isEqualTo(2);
            assertThat(store.report(ContentHash.of(second))).get().extracting(r -> r.report().title())
                    .isEqualTo(second.title());
        }
    }

    @Test
    void whenOneOfTheReportsStoredTogetherCannotBeWrittenNoneOfThemIsStored() throws SQLException {
        Report first = report("a", "قصف على معرة النعمان", "قصفت طائرات حربية مدينة معرة النعمان جنوب إدلب، ما أدى لمقتل ٤ مدنيين.");
        Report refused = report("b", "تقرير مرفوض", "دارت اشتباكات عنيفة بين \"هيئة تحرير الشام\" وقوات النظام قرب جسر الشغور.");
        Report third = report("c", "اعتقالات في درعا", "اعتقلت قوات النظام خمسة شبان في مدينة درعا البلد.");
        StoreLocation location = freshLocation();
        try (Store store = Store.open(location)) {
            refuseReportsTitled(location, refused.title());
            List<Extraction> group = List.of(Pipeline.marsad().extract(first), Pipeline.marsad().extract(refused),
                    Pipeline.marsad().extract(third));

            assertThatThrownBy(() -> store.putAll(group, Pipeline.version())).isInstanceOf(StoreException.class)
                    .hasMessageContaining("store 3 reports");
            StoreCounts none = store.counts();
            assertThat(List.of(none.reports(), none.actors(), none.events(), none.mentions(), none.sources()))
                    .containsOnly(0L);
            assertThat(store.put(group.get(0), Pipeline.version())).isEqualTo(Store.PutOutcome.STORED);
        }
    }

    @Test
    void askingWhetherAReportIsStoredDoesNotWaitForTheWritingThread() throws Exception {
        Report stored = report("a", "قصف على معرة النعمان", "قصفت طائرات حربية مدينة معرة النعمان جنوب إدلب، ما أدى لمقتل ٤ مدنيين.");
        try (Store store = Store.open(freshLocation())) {
            store.put(Pipeline.marsad().extract(stored), Pipeline.version());
            java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            Thread writer = new Thread(() -> {
                synchronized (store) { // as the writing thread does for the whole of a transaction
                    writing.countDown();
                    try {
                        done.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            writer.start();
            assertThat(writing.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            java.util.concurrent.ExecutorService reader = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                java.util.concurrent.Future<Boolean> found = reader.submit(() -> store.contains(ContentHash.of(stored))
                        && !store.containsUrl("https://example.org/not-stored"));
                assertThat(found.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            } finally {
                done.countDown();
                reader.shutdownNow();
                writer.join();
            }
        }
    }

    @Test
    void aStoreOpenedAgainKeepsItsRows() {
        StoreLocation location = freshLocation();
        StoreCounts counts;
        try (Store store = Store.open(location)) {
            ingest(store, Pipeline.version(), handwritten());
            counts = store.counts();
        }
        try (Store store = Store.open(location)) {
            assertThat(store.counts()).isEqualTo(counts);
        }
    }

    @Test
    void killingAnIngestMidwayAndRunningItAgainStoresAndIndexesEveryReportExactlyOnce() throws Exception {
        int total = 400;
        List<Report> reports = SyntheticCorpus.generate(total, 11);
        Path corpus = work.resolve("corpus.jsonl");
        SyntheticCorpus.writeJsonLines(reports, corpus);
        StoreLocation location = freshLocation();
        Path index = work.resolve("index");

        int storedBeforeKill;
        try (ChildProcess first = new ChildProcess(work.resolve("first.err"), IngestChild.class, location.jdbcUrl(),
                index.toString(), corpus.toString())) {
            assertThat(first.awaitLine("stored 40", Duration.ofMinutes(3)))
                    .as("the child stored 40 reports; its stderr: %s", first.errors()).isTrue();
            first.killHard();
        }
        try (Store store = Store.open(location); StoreSearch search = StoreSearch.open(store, index)) {
            storedBeforeKill = (int) store.counts().reports();
            assertThat(search.size()).as("reports indexed once the index was opened again").isEqualTo(storedBeforeKill);
            assertThat(search.reconciled().added()).as("stored reports the killed run had not committed to the index")
                    .isPositive();
        }
        assertThat(storedBeforeKill).as("reports stored when the child was killed").isBetween(40, total - 1);

        List<String> resumed;
        try (ChildProcess second = new ChildProcess(work.resolve("second.err"), IngestChild.class, location.jdbcUrl(),
                index.toString(), corpus.toString())) {
            assertThat(second.awaitExit(Duration.ofMinutes(5))).as("exit code; stderr: %s", second.errors()).isZero();
            resumed = second.remainingLines();
        }
        StoreCounts once;
        try (Store reference = Store.open(freshLocation())) {
            ingest(reference, Pipeline.version(), corpus);
            once = reference.counts();
        }
        try (Store store = Store.open(location)) {
            assertThat(resumed.stream().filter(l -> l.startsWith("stored ")).count()).isEqualTo(total - storedBeforeKill);
            assertThat(store.counts()).isEqualTo(once);
            assertThat(once.reports()).isEqualTo(total);
            assertThat(reports.stream().filter(r -> !store.contains(ContentHash.of(r))).map(Report::id)
                    .collect(Collectors.toList())).isEmpty();
            try (StoreSearch search = StoreSearch.open(store, index)) {
                assertThat(search.reconciled()).isEqualTo(new StoreSearch.Reconciled(0, 0));
                assertThat(search.size()).isEqualTo(total);
            }
        }
    }

    @Test
    void twoIngestsOfOverlappingCorporaAtOnceStoreEveryReportOnce() throws Exception {
        List<Report> reports = SyntheticCorpus.generate(300, 19);
        Path left = work.resolve("left.jsonl");
        Path right = work.resolve("right.jsonl");
        SyntheticCorpus.writeJsonLines(reports.subList(0, 200), left);
        SyntheticCorpus.writeJsonLines(reports.subList(100, 300), right);
        StoreLocation location = freshLocation();
        try (Store store = Store.open(location)) {
            assertThat(store.counts().reports()).isZero();
        }

        try (ChildProcess a = new ChildProcess(work.resolve("a.err"), IngestChild.class, location.jdbcUrl(),
                work.resolve("index-a").toString(), left.toString());
             ChildProcess b = new ChildProcess(work.resolve("b.err"), IngestChild.class, location.jdbcUrl(),
                work.resolve("index-b").toString(), right.toString())) {
            assertThat(a.awaitExit(Duration.ofMinutes(5))).as("first ingest; stderr: %s", a.errors()).isZero();
            assertThat(b.awaitExit(Duration.ofMinutes(5))).as("second ingest; stderr: %s", b.errors()).isZero();
        }

        StoreCounts once;
        try (Store reference = Store.open(freshLocation())) {
            ingest(reference, Pipeline.version(), left, right);
            once = reference.counts();
        }
        try (Store store = Store.open(location)) {
            assertThat(store.counts()).isEqualTo(once);
            assertThat(once.reports()).isEqualTo(300);
        }
    }

    private static Extraction withFirstEvent(Extraction x, Event first) {
        List<Event> events = new ArrayList<>(x.events());
        events.set(0, first);
        return new Extraction(x.report(), x.actors(), x.places(), events, x.relations());
    }

    private static Event moved(Event e, String location, LocalDate date) {
        return new Event(date, e.timePrecision(), e.eventType(), e.subEventType(), e.actor1(), e.assocActor1(),
                e.actor2(), e.assocActor2(), e.inter1(), e.inter2(), e.civilianTargeting(), e.country(), e.iso(),
                e.region(), e.admin1(), e.admin2(), e.admin3(), location, e.latitude(), e.longitude(), e.geoPrecision(),
                e.fatalities(), e.notes(), e.source(), e.confidence(), e.evidence());
    }
}
