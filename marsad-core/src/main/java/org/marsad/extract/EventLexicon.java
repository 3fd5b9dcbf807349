package org.marsad.extract;

import java.util.HashSet;
import java.util.Set;
import org.marsad.recognize.PhraseIndex;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LexiconFile;
import org.marsad.text.WordLookup;

/**
 * The analyst-editable word lists of event extraction: triggers ({@code triggers.tsv}), the words that
 * cancel them ({@code negations.tsv}), the words that open a new clause ({@code clause-breaks.txt}), the
 * words that say who holds a place ({@code holder-words.txt}) and the words that tell when a campaign began
 * ({@code campaign-starts.tsv}).
 * A bad row is refused with its file and line. Immutable.
 */
public final class EventLexicon {

    private final PhraseIndex<Trigger> triggers;
    private final Set<String> negations;
    /** The negations.tsv words of ceasing (توقف): after a negation they affirm (لم تتوقف عن قصف). */
    private final Set<String> ceasing;
    private static final String CEASED = "ceased";
    /**
     * The negations.tsv words of expectation (وشيك، محتمل) and of habit (مرارا): read after a trigger, they make
     * it no event.
     */
    private final Set<String> expected;
    private static final String EXPECTED = "expected";
    /**
     * Words of an earlier time (سابقة) and of figurative attacks (إلكتروني، دبلوماسية): read right after a trigger,
     * they make it no event of the report.
     */
    private static final Set<String> RIGHT_AFTER_WHYS = Set.of("earlier", "figurative");
    private final Set<String> rightAfter;
    /** Words of a time gone by (منذ سيطرت المعارضة): right before a trigger, they make it background. */
    private static final String SINCE = "since";
    private final Set<String> rightBefore;
    /** Words of habit (مرارا) are read on both sides of a trigger. */
    private static final String HABITUAL = "habitual";
    private final Set<String> clauseBreaks;
    private final Set<String> holderWords;
    private final Set<String> campaignStarts;
    private final Set<String> launchVerbs;
    /** negations.tsv words of intent (threatened, vowed, intended, warned): read further back than the others. */
    private final Set<String> intents;
    private static final Set<String> INTENT_WHYS = Set.of("threatened", "vowed", "intended", "warned");
    /** anaphors.tsv: words before a trigger ({@code هذا}) and triggers ({@code الهجوم}) that refer back. */
    private final Set<String> pointers;
    private final Set<String> anaphoricNouns;

    private EventLexicon(PhraseIndex<Trigger> triggers, Set<String> negations, Set<String> ceasing, Set<String> expected,
                         Set<String> clauseBreaks, Set<String> holderWords, Set<String> campaignStarts,
                         Set<String> launchVerbs, Set<String> pointers, Set<String> anaphoricNouns,
                         Set<String> intents, Set<String> rightAfter, Set<String> rightBefore) {
        this.triggers = triggers;
        this.expected = WordLookup.setOf(expected);
        this.negations = WordLookup.setOf(negations);
        this.ceasing = WordLookup.setOf(ceasing);
        this.clauseBreaks = WordLookup.setOf(clauseBreaks);
        this.holderWords = WordLookup.setOf(holderWords);
        this.campaignStarts = WordLookup.setOf(campaignStarts);
        this.launchVerbs = WordLookup.setOf(launchVerbs);
        this.pointers = WordLookup.setOf(pointers);
        this.anaphoricNouns = WordLookup.setOf(anaphoricNouns);
        this.intents = WordLookup.setOf(intents);
        this.rightAfter = WordLookup.setOf(rightAfter);
        this.rightBefore = WordLookup.setOf(rightBefore);
    }

    public static EventLexicon loadDefault() {
        PhraseIndex.Builder<Trigger> triggers = PhraseIndex.builder();
        for (LexiconFile.Row row : LexiconFile.read(EventLexicon.class, "triggers.tsv", 4)) {
            boolean strong = switch (row.cell(3)) {
                case "strong" -> true;
                case "weak" -> false;
                default -> throw row.error("strength must be strong or weak, not '" + row.cell(3) + "'");
            };
            try {
                triggers.add(row.cell(0), new Trigger(row.cell(0), row.cell(1), row.cell(2), strong));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
        }
        Set<String> negations = new HashSet<>();
        Set<String> ceasing = new HashSet<>();
        Set<String> expected = new HashSet<>();
        Set<String> intents = new HashSet<>();
        Set<String> rightAfter = new HashSet<>();
        Set<String> rightBefore = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read(EventLexicon.class, "negations.tsv", 2)) {
            String why = row.cell(1);
            String key = ArabicNormalizer.key(row.cell(0));
            if (INTENT_WHYS.contains(why)) {
                intents.add(key);
            }
            if (HABITUAL.equals(why)) {
                expected.add(key);
                negations.add(key);
            } else {
                (CEASED.equals(why) ? ceasing : EXPECTED.equals(why) ? expected
                        : RIGHT_AFTER_WHYS.contains(why) ? rightAfter : SINCE.equals(why) ? rightBefore
                        : negations).add(key);
            }
        }
        Set<String> breaks = new HashSet<>();
        for (String w : LexiconFile.words(EventLexicon.class, "clause-breaks.txt")) {
            breaks.add(ArabicNormalizer.key(w));
        }
        Set<String> holders = new HashSet<>();
        for (String w : LexiconFile.words(EventLexicon.class, "holder-words.txt")) {
            holders.add(ArabicNormalizer.key(w));
        }
        Set<String> starts = new HashSet<>();
        Set<String> verbs = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read(EventLexicon.class, "campaign-starts.tsv", 2)) {
            switch (row.cell(1)) {
                case "noun" -> starts.add(ArabicNormalizer.key(row.cell(0)));
                case "verb" -> {
                    starts.add(ArabicNormalizer.key(row.cell(0)));
                    verbs.add(ArabicNormalizer.key(row.cell(0)));
                }
                default -> throw row.error("part must be noun or verb, not '" + row.cell(1) + "'");
            }
        }
        Set<String> pointers = new HashSet<>();
        Set<String> nouns = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read(EventLexicon.class, "anaphors.tsv", 2)) {
            switch (row.cell(1)) {
                case "pointer" -> pointers.add(ArabicNormalizer.key(row.cell(0)));
                case "noun" -> nouns.add(ArabicNormalizer.key(row.cell(0)));
                default -> throw row.error("role must be pointer or noun, not '" + row.cell(1) + "'");
            }
        }
        return new EventLexicon(triggers.build(), negations, ceasing, expected, breaks, holders, starts, verbs,
                pointers, nouns, intents, rightAfter, rightBefore);
    }

    public PhraseIndex<Trigger> triggers() {
        return triggers;
    }

    /** Whether a word (normalized, proclitics off) before a trigger points back to an event told ({@code هذا}). */
    public boolean isPointer(String word) {
        return pointers.contains(word);
    }

    /** Whether a trigger word (normalized, proclitics off) itself names an event already told ({@code الهجوم}). */
    public boolean isAnaphoricNoun(String word) {
        return anaphoricNouns.contains(word);
    }

    /** aircraft-words.txt: nouns of aircraft, whose shelling is an air strike. */
    private static final Set<String> AIRCRAFT = ClauseWords.wordList("aircraft-words.txt");

    /** Whether a word (normalized, proclitics off) names aircraft ({@code الطائرات}، {@code الطيران}). */
    public boolean isAircraft(String word) {
        return AIRCRAFT.contains(word);
    }

    /** Whether a word (normalized, proclitics off) opens a new clause. */
    public boolean isClauseBreak(String word) {
        return clauseBreaks.contains(word);
    }

    /** Whether a word (normalized, proclitics off) says who holds a place ({@code الخاضعة لسيطرة X}). */
    public boolean isHolderWord(String word) {
        return holderWords.contains(word);
    }

    /** Whether a word (normalized, proclitics off) after منذ tells when a campaign began ({@code بدء}، {@code بدأت}). */
    public boolean isCampaignStart(String word) {
        return campaignStarts.contains(word);
    }

    /** Whether a word (normalized, proclitics off) before a date says it is when a campaign began ({@code بدأته}). */
    public boolean isLaunchVerb(String word) {
        return launchVerbs.contains(word);
    }

    /**
     * Whether a word (normalized, proclitics off) says an action stopped ({@code توقف}). Alone it cancels nothing
     * ({@code توقفت القافلة بسبب الغارات}: the strikes happened); after a negation it cancels the negation.
     */
    public boolean isCeasing(String word) {
        return ceasing.contains(word);
    }

    /**
     * Whether a word (normalized, proclitics off) right after a trigger says it has not happened yet ({@code وشيك})
     * or happened many times ({@code مرارا}).
     */
    public boolean isExpected(String word) {
        return expected.contains(word);
    }

    /** Whether a word (normalized, proclitics off) cancels a trigger after it. */
    public boolean isNegation(String word) {
        return negations.contains(word);
    }

    /**
     * Whether a word (normalized, proclitics off) right after a trigger puts it at an unknown earlier time
     * ({@code هجمات سابقة}، {@code قصف سابق}) or makes it no violence ({@code هجوم إلكتروني}، {@code معركة
     * دبلوماسية}); a word further on describes something else ({@code اعتقلت الزعيم السابق}، {@code هجوم على مكتب
     * إعلامي}).
     */
    public boolean cancelsRightAfter(String word) {
        return rightAfter.contains(word);
    }

    /**
     * Whether a word (normalized, proclitics off) right before a trigger makes it the background of a later state
     * ({@code منذ سيطرت عليه المعارضة}: since the opposition took it, years ago), no event of the report.
     */
    public boolean cancelsRightBefore(String word) {
        return rightBefore.contains(word);
    }

    /**
     * Whether a word (normalized, proclitics off) tells an intent, not a deed: a threat, a vow, a plan, a warning
     * ({@code توعد}، {@code تعهد}، {@code تعتزم}، {@code حذر}). Such a verb has its subject and a verbal noun between
     * it and the trigger ({@code توعد الرئيس الأمريكي بإطلاق صواريخ}), so it is read further back.
     */
    public boolean isIntent(String word) {
        return intents.contains(word);
    }
}
