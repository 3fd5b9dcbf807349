package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.model.Event;
import org.marsad.model.Extraction;
import org.marsad.model.Mention;
import org.marsad.model.PublishedTime;
import org.marsad.model.Relation;
import org.marsad.model.RelationType;
import org.marsad.model.Report;

/** Events and relations on reports written for these tests; the report is dated Wednesday 2017-03-15. */
class EventExtractionTest {

    private static Marsad marsad;

    @BeforeAll
    static void load() {
        marsad = Marsad.builder().build();
    }

    private static Extraction extract(String text) {
        return marsad.extract(new Report("t", "", text, PublishedTime.of(LocalDateTime.of(2017, 3, 15, 9, 30)),
                null, "Test Wire", "test"));
    }

    private static List<Event> events(String text) {
        return extract(text).events();
    }

    @Test
    void clashBetweenTwoNamedActorsOnAStatedDay() {
        List<Event> events = events("اندلعت يوم 12-3-2017 اشتباكات عنيفة بين \"هيئة تحرير الشام\" و\"حركة أحرار الشام\" في بلدة حيش.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Battles");
            assertThat(e.subEventType()).isEqualTo("Armed clash");
            assertThat(List.of(e.actor1(), e.actor2())).contains("Hayat Tahrir al-Sham");
            assertThat(e.location()).isEqualTo("Hish");
            assertThat(e.eventDate()).isEqualTo(LocalDate.of(2017, 3, 12));
            assertThat(e.timePrecision()).isEqualTo(1);
            assertThat(e.geoPrecision()).isEqualTo(1);
        });
    }

    @Test
    void listOfVillagesIsOneEventPerVillage() {
        List<Event> events = events("وسيطرت فصائل المعارضة أمس على قرى حيش ومورك وكفرزيتا.");
        assertThat(events).extracting(Event::location).containsExactlyInAnyOrder("Hish", "Murak", "Kafr Zita");
        assertThat(events).allSatisfy(e -> assertThat(e.eventDate()).isEqualTo(LocalDate.of(2017, 3, 14)));
    }

    @Test
    void negatedActionIsNoEvent() {
        assertThat(events("ولم تسيطر قوات النظام على مدينة مورك حتى الآن.")).isEmpty();
    }

    @Test
    void aimToEndTheFightingIsNoEvent() {
        assertThat(events("وتهدف المبادرة إلى إنهاء الاقتتال في مدينة مورك.")).isEmpty();
    }

    @Test
    void carBombAttackIsASuicideBombNotAnArmedClash() {
        List<Event> events = events("وشن تنظيم \"داعش\" هجوماً بسيارة مفخخة على حاجز في بلدة حيش أمس.");
        assertThat(events).extracting(Event::subEventType).containsExactly("Suicide bomb");
    }

    @Test
    void executedCaptivesAreViolenceAgainstCiviliansWithCiviliansAsActorTwo() {
        Event e = events("وأعدم تنظيم \"داعش\" نحو 20 أسيراً من قوات النظام في مدينة مورك.").get(0);
        assertThat(e.eventType()).isEqualTo("Violence against civilians");
        assertThat(e.actor1()).isEqualTo("Islamic State");
        assertThat(e.actor2()).isEqualTo("Civilians (Syria)");
        assertThat(e.civilianTargeting()).isEqualTo("Civilian targeting");
    }

    @Test
    void lowestStatedTollIsTaken() {
        Event e = events("قصفت قوات النظام بلدة حيش أمس، ما أدى إلى مقتل نحو 12 مدنياً، وقالت مصادر أخرى إن عدد القتلى بلغ 15.").get(0);
        assertThat(e.fatalities()).isEqualTo(12);
    }

    @Test
    void dozensKilledCountsAsTwelve() {
        Event e = events("قتل عشرات المدنيين في غارات جوية على مدينة مورك أمس.").get(0);
        assertThat(e.fatalities()).isEqualTo(12);
    }

    @Test
    void relativeDayResolvesAgainstTheReportDate() {
        Event e = events("قصفت قوات النظام يوم الأحد الماضي بلدة حيش بالمدفعية.").get(0);
        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2017, 3, 12));
    }

    @Test
    void undatedEventIsCodedTheDayBeforeTheReportWithWeekPrecision() {
        Event e = events("قصفت قوات النظام بلدة حيش بالمدفعية.").get(0);
        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2017, 3, 14));
        assertThat(e.timePrecision()).isEqualTo(2);
    }

    @Test
    void countrysideOnlyIsCodedToTheGovernorateWithGeoPrecisionThree() {
        Event e = events("وقصفت طائرات حربية أمس مواقع في ريف إدلب الجنوبي.").get(0);
        assertThat(e.geoPrecision()).isEqualTo(3);
        assertThat(e.admin1()).isNotEmpty();
    }

    @Test
    void eventRetoldInTwoParagraphsIsOneEventWithBothSentences() {
        List<Event> events = events("قصفت قوات النظام أمس بلدة حيش.\nوكانت قوات النظام قد قصفت بلدة حيش أمس بعشرات القذائف.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).evidence()).hasSize(2);
    }

    @Test
    void evidenceIsTheSentenceInTheOriginalText() {
        String text = "قُتل ثلاثة مدنيين.\nوقصفت قوات النظام بلدة حيش أمس.";
        Event e = events(text).get(0);
        Mention m = e.evidence().get(0);
        assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo("وقصفت قوات النظام بلدة حيش أمس.");
    }

    private static List<Relation> relations(String text) {
        return extract(text).relations();
    }

    @Test
    void joiningIsAJoinedRelation() {
        assertThat(relations("وأعلن \"لواء صقور الجبل\" أمس أنه انضم إلى \"هيئة تحرير الشام\" في مدينة مورك."))
                .anySatisfy(r -> {
                    assertThat(r.type()).isEqualTo(RelationType.JOINED);
                    assertThat(r.target()).isEqualTo("Hayat Tahrir al-Sham");
                });
    }

    @Test
    void battleBetweenTwoGroupsImpliesTheyFight() {
        assertThat(relations("واندلعت اشتباكات أمس بين \"جيش الإسلام\" و\"فيلق الرحمن\" في مدينة مورك."))
                .anySatisfy(r -> assertThat(r.type()).isEqualTo(RelationType.FIGHTS));
    }

    @Test
    void unitNamedBesideItsParentIsPartOfIt() {
        assertThat(relations("وقال قائد في \"جيش النصر\" التابع للجيش السوري الحر إن المعارك مستمرة."))
                .anySatisfy(r -> {
                    assertThat(r.type()).isEqualTo(RelationType.PART_OF);
                    assertThat(r.source()).isEqualTo("Jaish al-Nasr");
                    assertThat(r.target()).isEqualTo("Free Syrian Army");
                });
    }

    @Test
    void mediationNamesTheMediatorAndBothParties() {
        List<Relation> rs = relations("وتوصل الطرفان إلى هدنة بوساطة \"فيلق الشام\" بين \"جيش الإسلام\" و\"فيلق الرحمن\".");
        assertThat(rs).filteredOn(r -> r.type() == RelationType.MEDIATES)
                .extracting(Relation::target).contains("Jaish al-Islam", "Faylaq al-Rahman");
    }

    @Test
    void pronounSubjectContinuesTheActorOfThePreviousClause() {
        List<Event> events = events("وأكد مصدر أن \"جيش الإسلام\" أعدم 5 أسرى في مدينة مورك، وأنه اعتقل عناصر من \"فيلق الرحمن\" في بلدة حيش.");
        assertThat(events).filteredOn(e -> e.subEventType().equals("Arrests"))
                .singleElement().satisfies(e -> assertThat(e.actor1()).isEqualTo("Jaish al-Islam"));
    }

    @Test
    void actorAfterAPrepositionIsNotTheSubject() {
        Event e = events("وكان \"جيش الإسلام\" قد سيطر على مقرات لفيلق الرحمن في بلدة حيش أمس.").get(0);
        assertThat(e.actor1()).isEqualTo("Jaish al-Islam");
    }

    @Test
    void placeWhereVictimsComeFromIsNotTheEventPlace() {
        List<Event> events = events("وأعدم تنظيم \"داعش\" أمس عشرة أسرى في بلدة حيش ينتمي معظمهم إلى مدينة مورك.");
        assertThat(events).extracting(Event::location).containsExactly("Hish");
    }

    @Test
    void startOfAnOngoingCampaignDoesNotDateTheEvent() {
        Event e = events("وتواصل قوات النظام منذ 3 آذار قصف بلدة حيش.").get(0);
        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2017, 3, 14));
    }

    @Test
    void battleOverSeveralDaysIsOneEventPerDayWithTheTollSpread() {
        List<Event> events = events("ودارت خلال اليومين الماضيين اشتباكات في بلدة حيش قتل فيها 5 عناصر.");
        assertThat(events).extracting(Event::eventDate)
                .containsExactly(LocalDate.of(2017, 3, 13), LocalDate.of(2017, 3, 14));
        assertThat(events).extracting(Event::fatalities).containsExactly(3, 2);
    }

    @Test
    void supportFromAnActorIsAnAlliance() {
        assertThat(relations("وتقدمت القوات التركية بدعم من \"فيلق الشام\" نحو بلدة حيش."))
                .anySatisfy(r -> {
                    assertThat(r.type()).isEqualTo(RelationType.ALLIED_WITH);
                    assertThat(r.target()).isEqualTo("Faylaq al-Sham");
                });
    }

    @Test
    void defectionIsASplit() {
        assertThat(relations("وأعلن \"لواء نسور البادية الشرقية\" أنه انشق عن \"جيش الإسلام\" أمس."))
                .anySatisfy(r -> assertThat(r.type()).isEqualTo(RelationType.SPLIT_FROM));
    }

    @Test
    void failedAgreementIsNoAgreement() {
        assertThat(relations("وفشل \"جيش الإسلام\" و\"فيلق الرحمن\" في التوصل إلى اتفاق لوقف الاقتتال."))
                .noneSatisfy(r -> assertThat(r.type()).isEqualTo(RelationType.AGREEMENT_WITH));
    }

    @Test
    void truceBetweenTwoGroupsIsAnAgreement() {
        assertThat(relations("ووقع \"جيش الإسلام\" و\"فيلق الرحمن\" أمس هدنة في الغوطة."))
                .anySatisfy(r -> assertThat(r.type()).isEqualTo(RelationType.AGREEMENT_WITH));
    }

    @Test
    void whoHoldsThePlaceIsTheTargetNotTheAttacker() {
        List<Event> events = events("وشنّت الطائرات الحربية أمس غارات عنيفة على بلدة عربين الخاضعة لسيطرة \"فيلق الرحمن\" بالغوطة الشرقية.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isNotEqualTo("Faylaq al-Rahman");
            assertThat(e.actor2()).isEqualTo("Faylaq al-Rahman");
        });
    }

    @Test
    void oppositionHoldingATownIsTheTargetOfItsShelling() {
        Event e = events("وقصفت قوات النظام السوري أمس مدينة دوما التي تسيطر عليها المعارضة بعشرات القذائف.").get(0);
        assertThat(e.actor1()).isEqualTo("Military Forces of Syria (2000-2024)");
        assertThat(e.actor2()).isEqualTo("Syrian insurgents");
    }

    @Test
    void airStrikesAndShellingOfOneTownOnOneDayAreTwoEvents() {
        List<Event> events = events("وتعرضت مدينة حرستا أمس لغارات جوية مكثفة، وسط قصف مدفعي عنيف من قوات النظام على المدينة.");
        assertThat(events).extracting(Event::subEventType)
                .contains("Air/drone strike", "Shelling/artillery/missile attack");
        assertThat(events).extracting(Event::location).containsOnly("Harasta");
    }

    @Test
    void childrenCountedAmongTheDeadAreNotALowerToll() {
        Event e = events("وقُتل ٢٥ مدنياً بينهم ٩ أطفال أمس في غارات على بلدة كفربطنا.").get(0);
        assertThat(e.fatalities()).isEqualTo(25);
    }

    @Test
    void villageNamedByHalfOfItsTwinNameIsFound() {
        List<Event> events = events("وسيطرت \"هيئة تحرير الشام\" أمس على بلدتي ركايا وكفروما.");
        assertThat(events).extracting(Event::location).contains("Rakaya (at Kafr Sajnah)", "Kafr Ruma");
    }

    @Test
    void theTwoHalvesOfATwinVillageListedApartAreTwoEvents() {
        List<Event> events = events("وسيطر \"جيش النصر\" أمس على قريتي سجنة وركايا بريف إدلب.");
        assertThat(events).extracting(Event::location).containsExactly("Sijneh (at Kafr Sajnah)", "Rakaya (at Kafr Sajnah)");
    }

    @Test
    void theBodyAUnitBelongsToIsItsAssociatedActorAndItsParent() {
        Extraction x = extract("واشتبك مقاتلو \"لواء المعتصم\" التابع لـ\"الجيش الحر\" أمس مع تنظيم \"داعش\" في بلدة مارع.");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("al-Mu'tasim Division");
            assertThat(e.assocActor1()).isEqualTo("Free Syrian Army");
            assertThat(e.actor2()).isEqualTo("Islamic State");
        });
        assertThat(x.relations()).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo(RelationType.PART_OF);
            assertThat(r.source()).isEqualTo("al-Mu'tasim Division");
            assertThat(r.target()).isEqualTo("Free Syrian Army");
        });
    }

    @Test
    void anAllyNamedAfterBackingIsAssociatedWithTheAttackerNotItsTarget() {
        Event e = events("وسيطرت قوات النظام بدعم من الطيران الروسي أمس على بلدة حيش التي كانت تحت سيطرة \"هيئة تحرير الشام\".").get(0);
        assertThat(e.actor1()).isEqualTo("Military Forces of Syria (2000-2024)");
        assertThat(e.assocActor1()).isEqualTo("Military Forces of Russia");
        assertThat(e.actor2()).isEqualTo("Hayat Tahrir al-Sham");
        assertThat(e.subEventType()).isEqualTo("Government regains territory");
    }

    @Test
    void oneOfTheFactionsOfIsPartOf() {
        assertThat(extract("وقال القيادي إن \"جيش النصر\" أحد فصائل الجيش الحر في ريف حماة.").relations())
                .anySatisfy(r -> {
                    assertThat(r.type()).isEqualTo(RelationType.PART_OF);
                    assertThat(r.source()).isEqualTo("Jaish al-Nasr");
                });
    }

    @Test
    void airForcesOfTwoStatesStrikingOneTownAreTwoEvents() {
        List<Event> events = events("وشنت الطائرات الروسية أمس غارات على مدينة حرستا، كما قصفت قوات النظام المدينة بالمدفعية وشنت مروحياته غارات عليها.");
        assertThat(events).filteredOn(e -> e.subEventType().equals("Air/drone strike")).extracting(Event::actor1)
                .contains("Military Forces of Russia", "Military Forces of Syria (2000-2024)");
    }

    @Test
    void strikesSaidToBeInSyriaAreNotPlacedInTheCapitalThatAnnouncedThem() {
        List<Event> events = events("وأعلنت وزارة الدفاع في موسكو أن الطائرات الأمريكية شنت أمس غارات جوية في سوريا.\n"
                + "وتقع القاعدة المستهدفة قرب مدينة تدمر، ونقلت تعزيزات إلى تدمر الشهر الماضي.");
        assertThat(events).extracting(Event::country).contains("Syria").doesNotContain("Russia");
    }

    @Test
    void aTollCountedSinceTheCampaignBeganIsNotTheTollOfTodaysStrike() {
        List<Event> events = events("وقصفت قوات النظام أمس بلدة سقبا بالمدفعية. "
                + "ومنذ بدء الحملة العسكرية قُتل أكثر من ١٤٠٠ مدني في الغوطة الشرقية، بحسب المرصد.");
        assertThat(events).filteredOn(e -> e.location().contains("Saqba") || e.location().contains("Siqba"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.fatalities()).isZero());
    }

    @Test
    void aForeignCapitalStandingForItsStateIsNoPlaceOfTheEvent() {
        List<Event> events = events("وقالت قوات سوريا الديمقراطية التي تدعمها واشنطن إن اشتباكات عنيفة اندلعت أمس مع التنظيم.\n"
                + "وتعد بلدة هجين آخر معاقل التنظيم، وتحاصر القوات هجين منذ أسابيع.");
        assertThat(events).extracting(Event::country).doesNotContain("United States");
    }

    @Test
    void strikesOfLastWeekAreOneEventAtTheWeeksMiddleNotOnePerDay() {
        List<Event> events = events("وقال التحالف إنه قتل أكثر من ٣٠ مسلحاً في غارات الأسبوع الماضي على مدينة سراقب.");
        assertThat(events).filteredOn(e -> e.subEventType().equals("Air/drone strike")).singleElement()
                .satisfies(e -> assertThat(e.timePrecision()).isEqualTo(2));
    }

    @Test
    void clashesThatLastedThePastTwoDaysAreOneEventPerDay() {
        List<Event> events = events("ودارت اشتباكات عنيفة خلال اليومين الماضيين بين \"هيئة تحرير الشام\" و\"حركة أحرار الشام\" في بلدة حيش.");
        assertThat(events).extracting(Event::eventDate).containsExactlyInAnyOrder(
                LocalDate.of(2017, 3, 13), LocalDate.of(2017, 3, 14));
    }

    @Test
    void anAttackToldWithItsPossessivePronounIsAnEvent() {
        List<Event> events = events("وصعّدت قوات النظام أمس هجومها على بلدة حيش.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("Battles");
            assertThat(e.location()).isEqualTo("Hish");
        });
    }

    @Test
    void shellingToldWithItsPossessivePronounIsShelling() {
        List<Event> events = events("وقالت مصادر محلية إن قوات النظام واصلت قصفها أمس على بلدة حيش.");
        assertThat(events).extracting(Event::location).containsOnly("Hish");
        assertThat(events).extracting(Event::eventType).containsOnly("Explosions/Remote violence");
    }

    @Test
    void controlThatForcesManagedToTakeIsACapture() {
        Event e = events("وتمكنت \"هيئة تحرير الشام\" أمس من السيطرة على بلدة حيش.").get(0);
        assertThat(e.subEventType()).isEqualTo("Non-state actor overtakes territory");
        assertThat(e.actor1()).isEqualTo("Hayat Tahrir al-Sham");
        assertThat(e.location()).isEqualTo("Hish");
    }

    @Test
    void controlAfterWhichSomethingElseHappenedIsACapture() {
        List<Event> events = events("وبعد سيطرتها على بلدة حيش الأحد الماضي، بدأت الفصائل بنقل المدنيين.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.subEventType()).isEqualTo("Non-state actor overtakes territory");
            assertThat(e.location()).isEqualTo("Hish");
        });
    }

    @Test
    void aPlaceUnderSomeonesControlIsNoCapture() {
        assertThat(events("ويعيش في بلدة حيش الخاضعة لسيطرة \"هيئة تحرير الشام\" نحو عشرة آلاف شخص.")).isEmpty();
    }

    @Test
    void aDateInAClauseOpenedByBadamaDoesNotDateTheEventBeforeIt() {
        Event e = events("وأعلنت قوات النظام الأحد السيطرة الكاملة على بلدة حيش، بعدما بدأت في 3 آذار حملة عسكرية على المنطقة.").get(0);
        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2017, 3, 12));
    }

    @Test
    void forcesThatCameCloseToTakingATownHaveNotTakenIt() {
        assertThat(events("وقالت المصادر إن قوات النظام اقتربت أمس من السيطرة على بلدة حيش.")).isEmpty();
    }

    @Test
    void anAirStrikeWhoseStrikerIsUnsaidIsNotPutOnTheRebelGroupTheReportNames() {
        List<Event> events = events("وسيطر \"جيش الإسلام\" الأحد على بلدة حيش.\nوتعرضت بلدة مورك أمس لغارات جوية.");
        assertThat(events).filteredOn(e -> e.subEventType().equals("Air/drone strike")).singleElement()
                .satisfies(e -> assertThat(e.actor1()).isEmpty());
    }

    @Test
    void anAirStrikeWhoseStrikerIsUnsaidIsPutOnTheStateForcesTheReportNames() {
        List<Event> events = events("وقال \"جيش الإسلام\" إن مقاتليه صدوا هجوم قوات النظام على بلدة حيش، "
                + "وإن \"جيش الإسلام\" خسر خمسة مقاتلين.\nوتعرضت بلدة مورك أمس لغارات جوية.");
        assertThat(events).filteredOn(e -> e.subEventType().equals("Air/drone strike")).singleElement()
                .satisfies(e -> assertThat(e.actor1()).isEqualTo("Military Forces of Syria (2000-2024)"));
    }

    @Test
    void theDayACampaignBeganDoesNotDateAnotherEventOfItsSentence() {
        Event e = events("وكانت قوات النظام قد سيطرت على بلدة حيش، في إطار عملية بدأت منذ نحو شهرين.").get(0);
        assertThat(e.eventDate()).isEqualTo(LocalDate.of(2017, 3, 14));
    }

    @Test
    void theCampaignATriggerNamesIsDatedToItsLaunch() {
        List<Event> events = events("وتحاصر قوات النظام بلدة حيش إثر هجوم عنيف بدأته في 3 آذار.");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.eventDate()).isEqualTo(LocalDate.of(2017, 3, 3)));
    }

    @Test
    void aTollCountedSinceTheStrikesBeganIsNotTheTollOfOneStrike() {
        List<Event> events = events("وقصفت قوات النظام أمس بلدة حيش بالمدفعية، "
                + "وقتل أكثر من 700 مدني منذ أن بدأت قوات النظام قصفها على المنطقة.");
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.fatalities()).isZero());
    }

    @Test
    void earlyLastWeekStillDatesTheEvent() {
        Event e = events("واستهدفت غارات جوية بلدة حيش مطلع الأسبوع الماضي.").get(0);
        assertThat(e.eventDate()).isBefore(LocalDate.of(2017, 3, 13));
    }

    @Test
    void aTollToldForStrikesOnTwoTownsIsSpreadOverTheirEvents() {
        List<Event> events = events("وقتل 11 مدنياً أمس في غارات جوية على قرى حيش ومورك.");
        assertThat(events).extracting(Event::fatalities).containsExactlyInAnyOrder(6, 5);
    }

    @Test
    void aTollBelongsToTheClauseThatTellsIt() {
        List<Event> events = events("وقصفت قوات النظام أمس بلدة حيش ما أسفر عن مقتل 7 مدنيين، فيما دارت اشتباكات عنيفة في بلدة مورك.");
        assertThat(events).filteredOn(e -> e.location().equals("Hish")).extracting(Event::fatalities).containsExactly(7);
        assertThat(events).filteredOn(e -> e.eventType().equals("Battles")).extracting(Event::fatalities).containsOnly(0);
    }

    @Test
    void aTollToldInTheNextSentenceWithoutAnEventOfItsOwnIsTheTollOfTheEventBefore() {
        Event e = events("وقصفت قوات النظام أمس بلدة حيش بالمدفعية. وأسفر ذلك عن مقتل 4 مدنيين.").get(0);
        assertThat(e.fatalities()).isEqualTo(4);
    }

    @Test
    void aTollOfAnotherEventOfTheParagraphIsNotThisEventsToll() {
        List<Event> events = events("وقصفت قوات النظام أمس بلدة حيش بالمدفعية. وقتل 9 مدنيين في غارات جوية على بلدة مورك.");
        assertThat(events).filteredOn(e -> e.location().equals("Hish")).extracting(Event::fatalities).containsExactly(0);
        assertThat(events).filteredOn(e -> !e.location().equals("Hish")).extracting(Event::fatalities).containsExactly(9);
    }

    @Test
    void anAdjectiveOfNationalityAfterAStrikeNamesTheStriker() {
        List<Event> events = events("وقال \"جيش الإسلام\" إن 5 مدنيين قتلوا أمس في غارات روسية على بلدة حيش.");
        assertThat(events).filteredOn(e -> e.subEventType().equals("Air/drone strike")).singleElement()
                .satisfies(e -> assertThat(e.actor1()).isEqualTo("Military Forces of Russia"));
    }

    @Test
    void aSecondAdjectiveOfNationalityNamesTheStrikersAlly() {
        Event e = events("وتعرضت بلدة حيش أمس لغارات جوية روسية وسورية مكثفة.").get(0);
        assertThat(e.actor1()).isEqualTo("Military Forces of Russia");
        assertThat(e.assocActor1()).isEqualTo("Military Forces of Syria (2000-2024)");
    }

    @Test
    void aGroupTheReportOnlyNamesAsHoldingAPlaceIsNotTheInferredAttacker() {
        List<Event> events = events("وتعد بلدة حيش التي يسيطر عليها \"جيش الإسلام\" آخر معاقل المعارضة في المنطقة.\n"
                + "وتعرضت بلدة حيش أمس لقصف عنيف.");
        assertThat(events).filteredOn(e -> e.eventType().equals("Explosions/Remote violence")).singleElement()
                .satisfies(e -> assertThat(e.actor1()).isNotEqualTo("Jaish al-Islam"));
    }

    @Test
    void aTollCountedOverManyDaysIsNotTheTollOfOneDaysStrike() {
        List<Event> events = events("وقصفت قوات النظام أمس بلدة حيش، حيث قتل أكثر من 500 مدني خلال سبعة أيام من القصف.");
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.fatalities()).isZero());
    }

    @Test
    void shellingThatHasNotStoppedIsShelling() {
        List<Event> events = events("وقالت المعارضة إن قوات النظام لم تتوقف أمس عن قصف بلدة حيش.");
        assertThat(events).extracting(Event::subEventType).containsExactly("Shelling/artillery/missile attack");
    }

    @Test
    void anAidConvoyStoppedByAirStrikesStillTellsTheAirStrikes() {
        List<Event> events = events("وتوقفت قافلة المساعدات أمس بسبب الغارات الجوية على بلدة حيش.");
        assertThat(events).extracting(Event::subEventType).contains("Air/drone strike");
    }

    @Test
    void anAttackThatWillBeWidenedIsNoEventYet() {
        assertThat(events("وقال الرئيس التركي إن بلاده ستوسع هجومها إلى بلدة حيش.")).isEmpty();
    }

    @Test
    void aTownForcesTryToTakeIsNotTakenButOneTheyManagedToTakeIs() {
        assertThat(events("وتحاول قوات النظام أن تتمكن من السيطرة على بلدة حيش جنوب إدلب.")).isEmpty();
        assertThat(events("وتسعى قوات النظام إلى السيطرة على بلدة حيش جنوب إدلب.")).isEmpty();
        assertThat(events("وتمكنت قوات النظام أمس من السيطرة على بلدة التمانعة جنوب إدلب."))
                .extracting(Event::subEventType).containsExactly("Government regains territory");
    }

    @Test
    void barrelBombsDroppedByOneForceAndStrikesByAnotherAreTwoAirStrikesOnEveryTownListed() {
        List<Event> events = events("وقال الدفاع المدني إن 9 مدنيين قتلوا أمس بقصف سوري بالبراميل المتفجرة وغارات روسية "
                + "بالصواريخ على بلدتي حيش ومورك.");
        assertThat(events).allSatisfy(e -> assertThat(e.subEventType()).isEqualTo("Air/drone strike"));
        assertThat(events).extracting(Event::actor1, Event::location).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Military Forces of Syria (2000-2024)", "Hish"),
                org.assertj.core.groups.Tuple.tuple("Military Forces of Syria (2000-2024)", "Murak"),
                org.assertj.core.groups.Tuple.tuple("Military Forces of Russia", "Hish"),
                org.assertj.core.groups.Tuple.tuple("Military Forces of Russia", "Murak"));
    }

    @Test
    void shellingAndAirStrikesJoinedByAndAreTwoEvents() {
        List<Event> events = events("وتعرضت مدينة مورك أمس لقصف مدفعي عنيف وغارات جوية من قبل قوات النظام.");
        assertThat(events).extracting(Event::subEventType)
                .containsExactlyInAnyOrder("Shelling/artillery/missile attack", "Air/drone strike");
    }

    @Test
    void aCarBombAndSuicideBeltsOfOneAttackAreOneEvent() {
        List<Event> events = events("وشن تنظيم \"داعش\" أمس هجوماً بسيارة مفخخة وأحزمة ناسفة على حاجز في بلدة حيش.");
        assertThat(events).extracting(Event::subEventType).containsExactly("Suicide bomb");
    }

    @Test
    void aPlaceToldInTheConsequenceOfAnUnplacedStrikeIsItsPlace() {
        List<Event> events = events("وتعد بلدة حيش آخر معاقل المعارضة، ويقيم في حيش آلاف النازحين.\n"
                + "وقال المرصد إن الطائرات الحربية ألقت البراميل المتفجرة أمس، مما أدى إلى دمار واسع في مدينة مورك.");
        assertThat(events).extracting(Event::location).containsExactly("Murak");
    }

    @Test
    void aSideNamedWithAndBeforeTheVerbIsTheSubjectsAllyNotItsEnemy() {
        Extraction x = extract("وقالت وكالة الأناضول إن القوات التركية والفصائل السورية الموالية لها سيطرت أمس على بلدة حيش.");
        assertThat(x.events()).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("Military Forces of Turkey");
            assertThat(e.assocActor1()).isEqualTo("Syrian insurgents");
            assertThat(e.actor2()).isEmpty();
        });
        assertThat(x.relations()).noneMatch(r -> r.type() == RelationType.FIGHTS);
    }

    @Test
    void aSideNamedWithAndAfterTheVerbIsTheSubjectsAlly() {
        Event e = events("وسيطرت القوات التركية والفصائل الموالية لها، أمس، على بلدة حيش.").get(0);
        assertThat(e.actor1()).isEqualTo("Military Forces of Turkey");
        assertThat(e.assocActor1()).isEqualTo("Syrian insurgents");
    }

    @Test
    void twoSidesJoinedByAndThatClashFightEachOther() {
        Event e = events("واشتبكت قوات النظام والمعارضة أمس في بلدة حيش.").get(0);
        assertThat(List.of(e.actor1(), e.actor2()))
                .containsExactlyInAnyOrder("Military Forces of Syria (2000-2024)", "Syrian insurgents");
        assertThat(e.assocActor1()).isEmpty();
    }

    @Test
    void theWoundedAreNotCountedAsTheDead() {
        assertThat(events("وأفاد المرصد بمقتل 12 مدنياً وإصابة 5 آخرين جراء قصف مدفعي على بلدة حيش أمس."))
                .extracting(Event::fatalities).containsExactly(12);
        assertThat(events("وقتل 14 مدنياً و٣ جرحى في قصف على بلدة حيش أمس."))
                .extracting(Event::fatalities).containsExactly(14);
    }

    @Test
    void oneWomanKilledIsATollOfOneEvenBesideACountOfWounded() {
        assertThat(events("وأشار المرصد إلى مقتل امرأة وإصابة 7 مدنيين جراء قصف بقذائف الهاون على بلدة حيش أمس."))
                .extracting(Event::fatalities).containsExactly(1);
        assertThat(events("ولقي عنصر من قوات النظام مصرعه أمس في اشتباكات في بلدة حيش."))
                .extracting(Event::fatalities).containsExactly(1);
    }

    @Test
    void aNounOfTheDeadAfterACountIsNoSecondToll() {
        assertThat(events("وقالت المعارضة إن القصف على بلدة حيش أمس أسفر عن مقتل 23 جندي من قوات النظام."))
                .extracting(Event::fatalities).containsExactly(23);
    }

    @Test
    void anImminentOrPossibleAttackIsNoEvent() {
        assertThat(events("وحذر المرصد من هجوم بري وشيك لقوات النظام على بلدة حيش.")).isEmpty();
        assertThat(events("وأصدرت الوكالة تحذيراً من \"ضربات جوية محتملة\" على مدينة مورك خلال الساعات المقبلة.")).isEmpty();
        assertThat(events("وشنت قوات النظام أمس هجوماً عنيفاً على بلدة حيش.")).isNotEmpty();
    }

    @Test
    void strikesMadeRepeatedlyOverYearsAreNoOneEvent() {
        assertThat(events("ومنذ بدء النزاع، قصفت الطائرات الإسرائيلية مراراً مواقع عسكرية قرب مدينة مورك.")).isEmpty();
        assertThat(events("وقصفت الطائرات الإسرائيلية أمس مواقع عسكرية قرب مدينة مورك.")).isNotEmpty();
    }

    @Test
    void aCountryNamedAsTheSubjectOfAStrikeIsItsStatesForces() {
        String report = "وتقع بلدة حيش في ريف إدلب الجنوبي، ويقطنها آلاف النازحين.\n";
        assertThat(events(report + "وقصفت إسرائيل أمس مواقع لقوات النظام قرب بلدة حيش."))
                .filteredOn(e -> e.eventDate().equals(LocalDate.of(2017, 3, 14))).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor1()).isEqualTo("Military Forces of Israel");
                    assertThat(e.actor2()).isEqualTo("Military Forces of Syria (2000-2024)");
                });
        assertThat(events(report + "وشنت تركيا أمس غارات على مواقع الوحدات الكردية في بلدة حيش."))
                .filteredOn(e -> e.eventDate().equals(LocalDate.of(2017, 3, 14)))
                .extracting(Event::actor1).containsExactly("Military Forces of Turkey");
        assertThat(events(report + "واستهدفت روسيا أمس بلدة حيش بغارات جوية."))
                .filteredOn(e -> e.eventDate().equals(LocalDate.of(2017, 3, 14)))
                .extracting(Event::actor1).containsExactly("Military Forces of Russia");
    }

    @Test
    void anArmyOrPoliceNamedAfterTheVerbIsNotTakenForTheReportsOwnState() {
        assertThat(events("وقصف الجيش التركي أمس بلدة حيش بعشرات القذائف المدفعية."))
                .extracting(Event::actor1).containsExactly("Military Forces of Turkey");
    }

    @Test
    void anAttackThatWouldFollowAConditionIsNoEvent() {
        assertThat(events("وحذرت إسرائيل من أنها سترد بقوة في حال شنت إيران هجوماً على مواقعها قرب بلدة حيش.")).isEmpty();
        assertThat(events("وقال الوزير إن العواقب ستكون وخيمة إذا استهدفت الطائرات بلدة حيش.")).isEmpty();
    }

    @Test
    void shellingGoingOnSinceAWeekdayIsOneEventPerDayUntilTheReportWithItsTollSpread() {
        // the report is dated Wednesday 2017-03-15; Sunday is the 12th
        List<Event> events = events("وأسفر قصف قوات النظام المتواصل على بلدة حيش منذ يوم الأحد عن مقتل 12 مدنياً.");
        assertThat(events).extracting(Event::eventDate).containsExactly(
                LocalDate.of(2017, 3, 12), LocalDate.of(2017, 3, 13), LocalDate.of(2017, 3, 14));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.fatalities()).isEqualTo(4);
            assertThat(e.timePrecision()).isEqualTo(1);
        });
    }

    @Test
    void aSiegeSinceYearsAgoAndAStrikeDaysAgoAreNotSplitIntoDays() {
        assertThat(events("وقصفت قوات النظام أمس بلدة حيش التي تحاصرها منذ عام 2013.")).hasSize(1);
        assertThat(events("وقتل 3 مدنيين في قصف على بلدة حيش منذ ثلاثة أيام.")).hasSize(1);
    }

    @Test
    void aSentenceThatSaysNeitherWhereNorWhenNorWhoRetellsTheEventTheReportTells() {
        List<Event> events = events("وشنت الطائرات الحربية الروسية يوم 12-3-2017 غارات عنيفة على بلدة حيش في ريف إدلب.\n"
                + "وتحدث ناشطون عن الغارات، وقالوا إن طائرات الاستطلاع لم تغادر سماء المنطقة.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo("Hish");
            assertThat(e.eventDate()).isEqualTo(LocalDate.of(2017, 3, 12));
            assertThat(e.evidence()).hasSize(2);
        });
    }

    @Test
    void aVagueTellingIsStillAnEventWhenTheReportTellsNoOtherOfItsType() {
        List<Event> events = events("وتقع بلدة حيش في ريف إدلب الجنوبي.\nوقال سكان إن القصف لم يهدأ طوال الليل.");
        assertThat(events).extracting(Event::eventType).containsExactly("Explosions/Remote violence");
    }

    @Test
    void theCityOfAWireReportsDatelineIsWhereItWasFiledNotWhereTheStrikesFell() {
        List<Event> events = events("أتلانتا، الولايات المتحدة الأمريكية (CNN) -- شنت طائرات حربية غارات عنيفة أمس "
                + "أوقعت 12 قتيلا من المدنيين، وفق ما أفاد ناشطون في مدينة دوما.");
        assertThat(events).extracting(Event::location).containsExactly("Douma");
    }

    @Test
    void capitalsNamedTogetherWithoutAPlaceWordSpeakForTheirStates() {
        List<Event> events = events("وقالت واشنطن وباريس إن الغارات أمس أوقعت عشرات القتلى.\n"
                + "وتقع بلدة حيش في ريف إدلب، وقد نزح معظم سكان حيش.");
        assertThat(events).extracting(Event::location).containsExactly("Hish");
    }

    @Test
    void anEventToldWithoutItsPlaceHappenedAtTheReportsMainPlaceInTheReportsCountry() {
        List<Event> events = events("وبحث وزيرا الخارجية في موسكو أمس الأوضاع في سوريا.\n"
                + "وقال الوزير الروسي في موسكو إن سوريا تحتاج إلى حل سياسي يرضي السوريين في سوريا.\n"
                + "وكانت الطائرات الحربية شنت أمس غارات عنيفة على ريف المدينة.\n"
                + "وتقع بلدة حيش في ريف إدلب.");
        assertThat(events).extracting(Event::location).containsExactly("Hish");
    }

    @Test
    void theAttackNamedAgainWithTheArticleIsTheAttackAlreadyTold() {
        List<Event> events = events("هاجم تنظيم \"داعش\" يوم 12-3-2017 حاجزاً لقوات النظام قرب مدينة تدمر.\n"
                + "وتبنى التنظيم الهجوم على الحاجز في بيان نشرته وكالة أعماق.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventDate()).isEqualTo(LocalDate.of(2017, 3, 12));
            assertThat(e.actor1()).isEqualTo("Islamic State");
            assertThat(e.evidence()).hasSize(2);
        });
    }

    @Test
    void strikesPointedBackToWithADemonstrativeAreTheStrikesAlreadyTold() {
        List<Event> events = events("وشنت الطائرات الحربية يوم 12-3-2017 غارات على مدينة خان شيخون.\n"
                + "ودان ناشطون من أبناء المنطقة تلك الغارات على خان شيخون.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventDate()).isEqualTo(LocalDate.of(2017, 3, 12));
            assertThat(e.evidence()).hasSize(2);
        });
    }

    @Test
    void anAttackToldFirstWithTheArticleIsAnEventOfItsOwn() {
        List<Event> events = events("وتبنى تنظيم \"داعش\" الهجوم على حاجز لقوات النظام قرب مدينة تدمر.");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.location()).isEqualTo("Palmyra"));
    }

    @Test
    void anAttackNamedWithTheArticleAndADateOfItsOwnIsAnotherEvent() {
        List<Event> events = events("وشنت الطائرات الحربية يوم 12-3-2017 غارات على بلدة حيش.\n"
                + "وكان الهجوم الأول على البلدة يوم 2-3-2017.");
        assertThat(events).extracting(Event::eventDate)
                .containsExactlyInAnyOrder(LocalDate.of(2017, 3, 12), LocalDate.of(2017, 3, 2));
    }

    @Test
    void strikesVowedOrIntendedAreNoEvents() {
        assertThat(events("وتوعد الرئيس الأمريكي بإطلاق صواريخ على مواقع للنظام في دمشق.")).isEmpty();
        assertThat(events("وتعتزم القوات التركية شن هجوم على مدينة منبج خلال الأيام المقبلة.")).isEmpty();
        assertThat(events("وحذرت فصائل المعارضة من هجوم وشيك على بلدة حيش.")).isEmpty();
        assertThat(events("وهددت تركيا، الثلاثاء، بشن هجوم على مدينة منبج.")).isEmpty();
    }

    @Test
    void anAttackNamedAgainAtAnotherPlaceIsAnotherEvent() {
        List<Event> events = events("وشن مقاتلو \"جيش النصر\" يوم 12-3-2017 هجوماً على بلدة حيش.\n"
                + "وامتد الهجوم إلى مدينة مورك في ريف حماة.");
        assertThat(events).extracting(Event::location).containsExactlyInAnyOrder("Hish", "Murak");
    }

    @Test
    void forcesNamedByTheirNationalityStrikeAndTheNextNationalityIsTheirAlly() {
        List<Event> events = events("وشنت قوات أميركية وبريطانية وفرنسية فجر يوم 14-3-2017 ضربات جوية على مواقع عسكرية في مدينة حمص.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("Military Forces of the United States");
            assertThat(e.assocActor1()).isEqualTo("Military Forces of the United Kingdom");
        });
    }

    @Test
    void syrianDemocraticForcesAreNotSyrianForces() {
        List<Event> events = events("وقصفت قوات سوريا الديمقراطية بالمدفعية يوم 12-3-2017 مواقع لتنظيم داعش في بلدة هجين.");
        assertThat(events).extracting(Event::actor1).doesNotContain("Military Forces of Syria (2000-2024)");
    }

    @Test
    void attacksOfAnEarlierTimeAndAnniversariesAreNoEvents() {
        assertThat(events("وذكّر ناشطون بهجمات سابقة على بلدة حيش.")).isEmpty();
        assertThat(events("وتتزامن الزيارة مع الذكرى السنوية للهجوم الكيماوي على مدينة خان شيخون.")).isEmpty();
        assertThat(events("واعتقلت قوات النظام أمس القيادي السابق في \"جيش النصر\" في مدينة حماة.")).hasSize(1);
    }

    @Test
    void cyberAndWordyAttacksAreNoViolence() {
        assertThat(events("وتعرضت مواقع حكومية في دمشق أمس لهجوم إلكتروني واسع.")).isEmpty();
        assertThat(events("واندلعت معركة دبلوماسية بين موسكو وواشنطن في مجلس الأمن أمس.")).isEmpty();
        assertThat(events("واستهدف هجوم بقذائف الهاون أمس مكتباً إعلامياً في مدينة دوما.")).hasSize(1);
    }

    @Test
    void countriesListedBetweenALaunchVerbAndTheStrikeAreItsStrikerAndAlly() {
        List<Event> events = events("ونفذت الولايات المتحدة وفرنسا وبريطانيا فجر يوم 14-3-2017 ضربات جوية على مواقع عسكرية في مدينة حمص.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("Military Forces of the United States");
            assertThat(e.assocActor1()).isEqualTo("Military Forces of France");
        });
    }

    @Test
    void theStateAccusedOfLaunchingAStrikeIsItsStriker() {
        List<Event> events = events("واتهمت دمشق إسرائيل يوم 12-3-2017 بشن غارة جوية على مطار التيفور العسكري في محافظة حمص.");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.actor1()).isEqualTo("Military Forces of Israel"));
        assertThat(events("واتهمت روسيا المسلحين بشن غارة على مطار التيفور العسكري في محافظة حمص أمس."))
                .singleElement().satisfies(e -> assertThat(e.actor1()).isNotEqualTo("Military Forces of Russia"));
    }

    @Test
    void aCountOfDaysOrKilometresIsNoToll() {
        assertThat(events("وقتل مئات الأشخاص خلال 12 يوما من قصف قوات النظام على بلدة حيش.")).singleElement()
                .satisfies(e -> assertThat(e.fatalities()).isNotEqualTo(12));
        assertThat(events("وقتل 5 مدنيين أمس في قصف على قرية تبعد 3 كيلومترات عن بلدة حيش.")).singleElement()
                .satisfies(e -> assertThat(e.fatalities()).isEqualTo(5));
    }

    @Test
    void fearedClashesAndWeaponsSpokenOfAreNoEvents() {
        assertThat(events("وتثير الخطوة مخاوف من اندلاع مواجهات في بلدة حيش.")).isEmpty();
        assertThat(events("ونفى المسؤول الروسي أمس أي خطط لتزويد دمشق بصواريخ حديثة.")).isEmpty();
        assertThat(events("ونقل حزب الله أمس منصات صواريخ من مواقعه قرب بلدة القصير.")).isEmpty();
    }

    @Test
    void theCountryThatLaunchesTheOperationNamedAfterItIsItsStriker() {
        List<Event> events = events("وتواصلت أمس العملية العسكرية التي تشنها تركيا على منطقة عفرين.");
        assertThat(events).singleElement().satisfies(e -> assertThat(e.actor1()).isEqualTo("Military Forces of Turkey"));
    }

    @Test
    void theReportsOwnCapitalRightAfterAVerbItIsTheSubjectOfIsTheStateNotThePlace() {
        List<Event> events = events("وتسببت غارات شنتها دمشق مع حليفتها موسكو يوم 12-3-2017 بمقتل 62 مدنيا في المنطقة.\n"
                + "وتقع بلدة حيش في ريف إدلب الجنوبي، وقد نزح معظم سكان حيش.");
        assertThat(events).extracting(Event::location).containsExactly("Hish");
        assertThat(events("وقصفت الطائرات الحربية يوم 12-3-2017 أحياء في دمشق.")).extracting(Event::location)
                .containsExactly("Damascus");
    }

    @Test
    void attacksOnlyThreatenedWantedOrWithinReachAreNoEvents() {
        assertThat(events("وفي ظل تهديدات غربية بشن هجوم على مواقع النظام في دمشق، ارتفعت أسعار النفط.")).isEmpty();
        assertThat(events("وقالت الوزارة إن النظام ما يزال قادرا على شن هجمات كيميائية في ريف دمشق.")).isEmpty();
        assertThat(events("وقال الادعاء إنهما كانا يريدان تفجير نفسيهما في مدينة حلب.")).isEmpty();
    }

    @Test
    void anEventRightAfterSinceIsTheBackgroundOfALaterState() {
        assertThat(events("وتحاصر قوات النظام مخيم اليرموك منذ سيطرت عليه فصائل المعارضة.")).isEmpty();
        assertThat(events("ومنذ الأحد تتعرض بلدة حيش لقصف مدفعي عنيف من قوات النظام.")).isNotEmpty();
    }

    @Test
    void anEventDatedOnlyByAPastYearIsTheReportsBackground() {
        assertThat(events("وكانت القوات الحكومية انسحبت من مدينة عفرين عام 2012.")).isEmpty();
        // a number of four characters with a separator is no year
        assertThat(events("وقصفت الطائرات أمس بلدة حيش بصواريخ يبلغ مداها 1,50 كلم.")).hasSize(1);
        assertThat(events("وقصفت الطائرات أمس مواقع في مدينة الرقة التي سيطر عليها التنظيم عام 2014."))
                .extracting(Event::eventType).containsExactly("Explosions/Remote violence");
        assertThat(events("وقصفت إسرائيل مفاعلا نوويا في دير الزور في السادس من أيلول عام 2007."))
                .extracting(Event::eventDate).containsExactly(LocalDate.of(2007, 9, 6));
        // the year a siege began is no date of the strikes
        assertThat(events("وواصلت قوات النظام غاراتها على الغوطة الشرقية المحاصرة منذ عام 2013، ما أسفر عن مقتل 14 مدنيا."))
                .hasSize(1);
    }

    @Test
    void oneNightOverTwoDaysIsOneEvent() {
        assertThat(events("وواصلت قوات النظام ليل الأحد الاثنين غاراتها على بلدة حيش.")).hasSize(1);
        assertThat(events("وتواصلت الاشتباكات بين 10 و12 آذار في بلدة حيش.")).hasSize(3);
    }

    @Test
    void noEventHappensAfterItsReport() {
        // reports here are dated 15 March 2017: 27 April without its year is the April before
        assertThat(events("27 نيسان: قصفت الطائرات الإسرائيلية موقعا عسكريا قرب مطار دمشق الدولي."))
                .extracting(Event::eventDate).containsExactly(LocalDate.of(2016, 4, 27));
        assertThat(events("وتعتبر الحكومة أن الهجوم على مدينة منبج المقرر في 20 أيار 2017 سيحسم المعركة.")).isEmpty();
    }

    @Test
    void theCountriesThatLaunchedTheStrikesNamedAfterThemAreStrikerAndAlly() {
        List<Event> events = events("وعرض التلفزيون يوم 14-3-2017 آثار الضربات الصاروخية التي شنتها الولايات المتحدة "
                + "وبريطانيا على مواقع في مدينة حمص.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isEqualTo("Military Forces of the United States");
            assertThat(e.assocActor1()).isEqualTo("Military Forces of the United Kingdom");
        });
    }

    @Test
    void aSideNamedBeforeItsVerbOfHoldingIsTheTargetNotTheStriker() {
        List<Event> events = events("وشنت الطائرات يوم 12-3-2017 غارات على بلدة حيش، في محاولة للضغط على "
                + "\"جيش النصر\" الذي يسيطر على البلدة.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actor1()).isNotEqualTo("Jaish al-Nasr");
            assertThat(e.actor2()).isEqualTo("Jaish al-Nasr");
        });
    }

    @Test
    void aShellingByAircraftIsAnAirStrike() {
        assertThat(events("وقصفت الطائرات الحربية أمس بلدة حيش بريف إدلب.")).extracting(Event::subEventType)
                .containsExactly("Air/drone strike");
        assertThat(events("وقصفت قوات النظام بالمدفعية أمس بلدة حيش بريف إدلب.")).extracting(Event::subEventType)
                .containsExactly("Shelling/artillery/missile attack");
    }

    @Test
    void mayBeforeAnImperfectVerbIsNoEventAndBeforeAPerfectOneIs() {
        assertThat(events("وقد تشن القوات التركية هجوما على مدينة منبج.")).isEmpty();
        assertThat(events("وقال إن الطائرات قد تقصف بلدة حيش.")).isEmpty();
        assertThat(events("وقد قصفت الطائرات أمس بلدة حيش.")).hasSize(1);
        assertThat(events("وقد تعرضت بلدة حيش أمس لقصف عنيف.")).hasSize(1);
    }

    @Test
    void groundIsGivenUpWhereItIsLeftNotWhereTheFightersGo() {
        assertThat(events("وأخلت عناصر \"جيش النصر\" أمس مقراتها في بلدة حيش، وخرجت باتجاه مدينة حماة."))
                .extracting(Event::location).containsExactly("Hish");
        assertThat(events("ونفذ مقاتلو \"جيش النصر\" أمس خروجاً من المدينة باتجاه مناطق سيطرتهم في مدينة حماة.\n"
                + "وكان المقاتلون يتمركزون في بلدة حيش.")).extracting(Event::location).containsExactly("Hish");
    }

    @Test
    void whereTheVictimsComeFromIsNotWhereTheyWereKilled() {
        List<Event> events = events("وأعدم التنظيم يوم 12-3-2017 نحو 30 مقاتلاً ينتمي معظمهم إلى مدينة حماة، "
                + "وذلك في أحد سجونه.\nويقع السجن في بلدة حيش بريف إدلب الجنوبي، قرب مقرات التنظيم في حيش.");
        assertThat(events).extracting(Event::location).doesNotContain("Hama").contains("Hish");
    }

    @Test
    void theRarerSubEventTypesHaveTriggersToo() {
        Map<String, String> told = new java.util.LinkedHashMap<>();
        told.put("وألقى مجهول أمس قنبلة يدوية على محل تجاري في مدينة إعزاز.", "Grenade");
        told.put("واتهمت منظمة حقوقية عناصر الحاجز باغتصاب فتاة أمس في بلدة حيش.", "Sexual violence");
        told.put("وفرقت قوات الأمن أمس المتظاهرين في مدينة درعا بالغاز المسيل للدموع.", "Protest with intervention");
        told.put("وأطلقت قوات الأمن أمس النار على المتظاهرين في مدينة درعا.", "Excessive force against protesters");
        told.put("وهاجم حشد غاضب أمس مركزا للشرطة في مدينة إعزاز.", "Mob violence");
        told.put("وقال ناشطون إن الفصيلين توصلا إلى اتفاق أمس لوقف القتال في بلدة حيش.", "Agreement");
        told.put("واعترضت الدفاعات الجوية أمس صاروخين فوق مدينة حمص.", "Disrupted weapons use");
        told.put("وأنشأت القوات التركية أمس قاعدة عسكرية جديدة قرب بلدة حيش.", "Headquarters or base established");
        told.put("وشهدت مدينة عفرين أمس عمليات نهب واسعة للمحال التجارية.", "Looting/property destruction");
        told.forEach((sentence, subEventType) -> assertThat(events(sentence)).as(sentence)
                .extracting(Event::subEventType).contains(subEventType));
        // a talk of an agreement that failed is none
        assertThat(events("وبعد فشل الطرفين في التوصل إلى اتفاق اندلعت اشتباكات في بلدة حيش أمس."))
                .extracting(Event::subEventType).containsExactly("Armed clash");
    }

    @Test
    void aTownTakenBackByTheOppositionIsNoGovernmentGain() {
        assertThat(events("واستعادت فصائل المعارضة أمس بلدة حمورية بعد معارك عنيفة."))
                .extracting(Event::subEventType).contains("Non-state actor overtakes territory")
                .doesNotContain("Government regains territory");
        assertThat(events("واستعادت قوات النظام أمس بلدة حمورية.")).extracting(Event::subEventType)
                .containsExactly("Government regains territory");
    }

    @Test
    void theSameSidesDeedToldAgainWithoutPlaceOrDateIsTheDeedToldBefore() {
        List<Event> events = events("وشنت الطائرات الإسرائيلية يوم 12-3-2017 غارات على مواقع عسكرية في مدينة حمص.\n"
                + "وأكد الجيش الإسرائيلي في بيان أن غاراته أصابت أهدافها بدقة.");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventDate()).isEqualTo(LocalDate.of(2017, 3, 12));
            assertThat(e.evidence()).hasSize(2);
        });
        // another side's strikes are another event
        assertThat(events("وشنت الطائرات الإسرائيلية يوم 12-3-2017 غارات على مواقع عسكرية في مدينة حمص.\n"
                + "وشنت الطائرات الروسية غارات مماثلة.")).hasSize(2);
    }

    @Test
    void whatASideUsuallyDoesIsNoEvent() {
        assertThat(events("وتشن إسرائيل عادة غارات على مواقع في محيط دمشق بعد كل لقاء بين الرجلين.")).isEmpty();
        assertThat(events("وغالبا ما تقصف الطائرات الحربية بلدة حيش ليلا.")).isEmpty();
        assertThat(events("وشهدت السنوات الأخيرة هجمات عدة على بلدة حيش.")).isEmpty();
        assertThat(events("ولطالما قصفت الطائرات بلدة حيش.")).isEmpty();
    }

    @Test
    void aChemicalAttackWhoseAttackerIsUnsaidIsPutOnStateForcesNotTheMostNamedGroup() {
        List<Event> events = events("وقال قائد في \"جيش النصر\" إن مقاتلي \"جيش النصر\" صدوا يوم 10-3-2017 هجوما "
                + "لقوات النظام في بلدة مورك.\nوأفاد ناشطون بوقوع هجوم كيماوي يوم 12-3-2017 على بلدة حيش.");
        assertThat(events).filteredOn(e -> e.subEventType().equals("Chemical weapon")).singleElement()
                .satisfies(e -> assertThat(e.actor1()).isEqualTo("Military Forces of Syria (2000-2024)"));
    }
}
