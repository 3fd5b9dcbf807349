package org.marsad.knowledge.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analyst files merged over the bundled data, and the rows the loader refuses. */
class ActorRegistryLoadingTest {

    private static final String VERSION = "# marsad actors v1";
    private static final String ACTORS = "id\tname\ttype\tkind\tcountry\taliases_ar\taliases_en\tshort_ar\tnote";
    private static final String RELATIONS = "source_id\ttype\ttarget_id\tfrom\tto\tnote";
    private static final String DATED_ACTORS = ACTORS + "\tfrom\tto";

    @TempDir
    Path dir;

    /** Writes an analyst file; rows use '^' for the tab so that the columns stay readable here. */
    private Path file(String name, String... lines) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.replace('^', '\t'));
        }
        Path p = dir.resolve(name);
        Files.write(p, out, StandardCharsets.UTF_8);
        return p;
    }

    private static ActorRegistryException refusal(Path p) {
        try {
            ActorRegistry.load(List.of(p));
        } catch (ActorRegistryException e) {
            return e;
        }
        throw new AssertionError("the registry accepted " + p);
    }

    @Test
    void analystRowWithOnlyIdAndAliasesAddsAnAliasToABundledActor() throws IOException {
        Path p = file("extra.tsv", VERSION, ACTORS, "jaish_al_nasr^^^^^جيش النصر السوري^^^seen in a local channel");
        ActorRegistry r = ActorRegistry.load(List.of(p));
        assertThat(r.byAlias("جيـش النصر السوري")).extracting(ActorRecord::id).containsExactly("jaish_al_nasr");
        assertThat(r.byId("jaish_al_nasr").orElseThrow().aliasesAr()).contains("جيش النصر", "جيش النصر السوري");
    }

    @Test
    void analystFileMayDefineANewActorWithARelation() throws IOException {
        Path actors = file("local.tsv", VERSION, ACTORS,
                "# a brigade the bundled data lacks",
                "liwa_test_hama^Liwa Shuhada Hama Test^Rebel group^group^SY^لواء أحرار التجربة|كتيبة أحرار التجربة^^اللواء^");
        Path links = file("local_links.tsv", VERSION, RELATIONS, "liwa_test_hama^PART_OF^jaish_al_nasr^2016-03^^");
        ActorRegistry r = ActorRegistry.load(List.of(actors, links));
        assertThat(r.byAlias("لواء احرار التجربة")).extracting(ActorRecord::id).containsExactly("liwa_test_hama");
        assertThat(r.linksFrom("liwa_test_hama")).singleElement()
                .satisfies(l -> assertThat(l.from()).isEqualTo(LocalDate.of(2016, 3, 1)));
    }

    @Test
    void missingVersionHeaderIsRefusedAtLineOne() throws IOException {
        Path p = file("nohead.tsv", ACTORS, "x_group^X Group^Rebel group^group^SY^جماعة إكس التجريبية^^^");
        ActorRegistryException e = refusal(p);
        assertThat(e.source()).isEqualTo(p.toString());
        assertThat(e.line()).isEqualTo(1);
        assertThat(e).hasMessageContaining("version header");
    }

    @Test
    void wrongColumnCountIsRefusedWithFileAndLine() throws IOException {
        Path p = file("short.tsv", VERSION, ACTORS, "x_group^X Group^Rebel group^group^SY^جماعة إكس التجريبية");
        ActorRegistryException e = refusal(p);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e).hasMessageStartingWith(p + ":3:").hasMessageContaining("found 6");
    }

    @Test
    void unknownActorTypeIsRefused() throws IOException {
        Path p = file("type.tsv", VERSION, ACTORS, "x_group^X Group^Insurgents^group^SY^جماعة إكس التجريبية^^^");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("\"Insurgents\"");
    }

    @Test
    void unknownKindIsRefused() throws IOException {
        Path p = file("kind.tsv", VERSION, ACTORS, "x_group^X Group^Rebel group^militia^SY^جماعة إكس التجريبية^^^");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("unknown kind \"militia\"");
    }

    @Test
    void groupWithoutActorTypeIsRefused() throws IOException {
        Path p = file("notype.tsv", VERSION, ACTORS, "x_group^X Group^^group^SY^جماعة إكس التجريبية^^^");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("needs an ACLED actor type");
    }

    @Test
    void duplicateIdIsRefusedNamingTheFirstDefinition() throws IOException {
        Path p = file("dup.tsv", VERSION, ACTORS, "", "hts^Hayat Tahrir al-Sham^Rebel group^group^SY^هيئة التحرير الجديدة^^^");
        ActorRegistryException e = refusal(p);
        assertThat(e.line()).isEqualTo(4);
        assertThat(e).hasMessageContaining("duplicate id hts").hasMessageContaining("syria.tsv:");
    }

    @Test
    void aliasClaimedByTwoActorsIsRefused() throws IOException {
        Path p = file("clash.tsv", VERSION, ACTORS, "x_group^X Group^Rebel group^group^SY^جبهة النُّصرة^^^");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("also claimed by nusra");
    }

    @Test
    void aliasMarkedSharedByBothActorsIsAccepted() throws IOException {
        Path p = file("shared.tsv", VERSION, ACTORS,
                "x_group^X Group^Rebel group^group^SY^~مقاتلون مجهولون من الريف^^^",
                "y_group^Y Group^Rebel group^group^IQ^~مقاتلون مجهولون من الريف^^^");
        ActorRegistry r = ActorRegistry.load(List.of(p));
        assertThat(r.byAlias("مقاتلون مجهولون من الريف")).extracting(ActorRecord::id).containsExactly("x_group", "y_group");
    }

    @Test
    void aliasMarkedSharedByOnlyOneActorIsRefused() throws IOException {
        Path p = file("halfshared.tsv", VERSION, ACTORS,
                "x_group^X Group^Rebel group^group^SY^~مقاتلون مجهولون من الريف^^^",
                "y_group^Y Group^Rebel group^group^IQ^مقاتلون مجهولون من الريف^^^");
        assertThat(refusal(p)).hasMessageContaining(p + ":4:").hasMessageContaining("also claimed by x_group");
    }

    @Test
    void bareCommonWordAsAliasIsRefused() throws IOException {
        Path p = file("common.tsv", VERSION, ACTORS, "x_group^X Group^Rebel group^group^SY^جماعة إكس التجريبية|الأقصى^^^");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("common word");
    }

    @Test
    void commonWordIsAcceptedAsShortForm() throws IOException {
        Path p = file("shortform.tsv", VERSION, ACTORS, "x_group^X Group^Rebel group^group^SY^جماعة إكس التجريبية^^الجماعة^");
        assertThat(ActorRegistry.load(List.of(p)).byShortForm("الجماعة")).extracting(ActorRecord::id).contains("x_group");
    }

    @Test
    void relationToUnknownIdIsRefused() throws IOException {
        Path p = file("rel.tsv", VERSION, RELATIONS, "hts^JOINED^no_such_group^2017^^");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("unknown actor id no_such_group");
    }

    @Test
    void impossibleDateIsRefused() throws IOException {
        Path p = file("month.tsv", VERSION, RELATIONS, "liwa_al_aqsa^JOINED^islamic_state^2017-13^^");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("bad date \"2017-13\"");
    }

    @Test
    void dateInWordsIsRefused() throws IOException {
        Path p = file("words.tsv", VERSION, RELATIONS, "liwa_al_aqsa^JOINED^islamic_state^^early 2017^");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void unknownRelationTypeIsRefused() throws IOException {
        Path p = file("reltype.tsv", VERSION, RELATIONS, "liwa_al_aqsa^MERGED_INTO^islamic_state^2017^^");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("MERGED_INTO");
    }

    @Test
    void aliasesForAnUnknownIdAreRefused() throws IOException {
        Path p = file("orphan.tsv", VERSION, ACTORS, "no_such_group^^^^^جماعة إكس التجريبية^^^");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("unknown id no_such_group");
    }

    @Test
    void emptyItemInAnAliasListIsRefused() throws IOException {
        Path p = file("empty.tsv", VERSION, ACTORS, "x_group^X Group^Rebel group^group^SY^جماعة إكس||جماعة واي^^^");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("empty item");
    }

    @Test
    void unknownHeaderRowIsRefused() throws IOException {
        Path p = file("header.tsv", VERSION, "id\tname\taliases");
        assertThat(refusal(p)).hasMessageContaining(p + ":2:").hasMessageContaining("header row");
    }

    @Test
    void byteOrderMarkBeforeTheVersionHeaderIsAccepted() throws IOException {
        Path p = file("bom.tsv", "\uFEFF" + VERSION, ACTORS, "x_group^X Group^Rebel group^group^SY^جماعة إكس التجريبية^^^");
        assertThat(ActorRegistry.load(List.of(p)).byId("x_group")).isPresent();
    }

    @Test
    void actorFileMayGiveAnActorThePeriodInWhichItExists() throws IOException {
        Path p = file("dated.tsv", VERSION, DATED_ACTORS,
                "x_army^X Army^State forces^state^SY^جيش إكس التجريبي^^^^2011-03^2024-12-08");
        ActorRecord x = ActorRegistry.load(List.of(p)).byId("x_army").orElseThrow();
        assertThat(x.from()).isEqualTo(LocalDate.of(2011, 3, 1));
        assertThat(x.to()).isEqualTo(LocalDate.of(2024, 12, 8));
        assertThat(x.activeOn(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void rowOfADatedFileMayLeaveThePeriodOff() throws IOException {
        Path p = file("partly.tsv", VERSION, DATED_ACTORS,
                "x_group^X Group^Rebel group^group^SY^جماعة إكس التجريبية^^^",
                "y_group^Y Group^Rebel group^group^SY^جماعة واي التجريبية^^^^2025");
        ActorRegistry r = ActorRegistry.load(List.of(p));
        assertThat(r.byId("x_group").orElseThrow().from()).isNull();
        assertThat(r.byId("y_group").orElseThrow().from()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(r.byId("y_group").orElseThrow().to()).isNull();
    }

    @Test
    void malformedDateInAnActorFileIsRefusedWithFileAndLine() throws IOException {
        Path p = file("baddate.tsv", VERSION, DATED_ACTORS,
                "x_army^X Army^State forces^state^SY^جيش إكس التجريبي^^^^^8/12/2024");
        ActorRegistryException e = refusal(p);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e).hasMessageStartingWith(p + ":3:").hasMessageContaining("bad date \"8/12/2024\" in to");
    }

    @Test
    void periodThatEndsBeforeItStartsIsRefused() throws IOException {
        Path p = file("backwards.tsv", VERSION, DATED_ACTORS,
                "x_army^X Army^State forces^state^SY^جيش إكس التجريبي^^^^2024-12^2011");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("ends before it starts");
    }

    @Test
    void rowThatOnlyAddsAliasesCannotGiveAPeriod() throws IOException {
        Path p = file("extdate.tsv", VERSION, DATED_ACTORS, "jaish_al_nasr^^^^^جيش النصر السوري^^^^2016^");
        assertThat(refusal(p)).hasMessageContaining(p + ":3:").hasMessageContaining("cannot give it a period");
    }
}
