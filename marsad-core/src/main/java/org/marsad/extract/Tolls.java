package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Proclitics;
import org.marsad.text.Token;
import org.marsad.text.numbers.Quantity;

/**
 * The fatalities of each event of one report: the lowest toll stated next to a killing word (ACLED: where
 * reports differ, the lowest figure; vague words count as the codebook says). A toll belongs to one event of its
 * sentence, the trigger it is told of ({@code قصف ... أسفر عن مقتل 18 مدنيا، مؤكدا أن معارك تدور}: the shelling's,
 * not the clashes'; {@code قتل 20 مدنيا في غارات}: the air strikes'), see {@link #owner}; a toll told in a
 * sentence without a trigger ({@code وأسفر ذلك عن مقتل 5}) belongs to the events of its paragraph. Not
 * thread-safe; one per report.
 */
final class Tolls {

    /** How many words from a killing word a number still counts as its toll. */
    private static final int TOLL_REACH = 4;
    /** بينهم، بينهن، منهم، منهن (folded): a count right after one of these is part of a toll already told. */
    private static final java.util.Set<String> SUBSET_WORDS = java.util.Set.of(
            "\u0628\u064A\u0646\u0647\u0645", "\u0628\u064A\u0646\u0647\u0646",
            "\u0645\u0646\u0647\u0645", "\u0645\u0646\u0647\u0646");
    /** How many words before a count a subset word ({@code بينهم}) may stand ({@code بينهم أكثر من 12}). */
    private static final int SUBSET_REACH = 3;
    /** How many words may stand between a toll and the trigger that caused it ({@code مقتل 20 مدنيا جراء غارات}). */
    private static final int CAUSE_REACH = 3;
    /** جراء، بسبب، إثر، عقب، نتيجة (folded): clause breaks that lead from a toll to its cause. */
    private static final java.util.Set<String> CAUSE_WORDS = java.util.Set.of(
            "\u062C\u0631\u0627\u0621", "\u0628\u0633\u0628\u0628", "\u0627\u062B\u0631",
            "\u0639\u0642\u0628", "\u0646\u062A\u064A\u062C\u0647");

    /**
     * مقتل، مصرع، لقي، استشهاد، استشهد (folded): the killing words a noun of one person may follow as its
     * victim ({@code مقتل امرأة}); not the nouns of the dead ({@code قتيل مدني} is one of a count), nor قتل, whose
     * noun may be the killer ({@code قتل رجل ثلاثة أشخاص}).
     */
    private static final java.util.Set<String> SINGLE_OPENERS = java.util.Set.of(
            "\u0645\u0642\u062A\u0644", "\u0645\u0635\u0631\u0639",
            "\u0644\u0642\u064A", "\u0627\u0633\u062A\u0634\u0647\u0627\u062F",
            "\u0627\u0633\u062A\u0634\u0647\u062F");
    /** How many words after a toll the span it was counted over may begin ({@code مدني خلال سبعة أيام}). */
    private static final int SPAN_REACH = 4;
    /** خلال، طيلة، طوال، منذ (folded): before a span of time. */
    private static final java.util.Set<String> DURATION_WORDS = java.util.Set.of(
            "\u062E\u0644\u0627\u0644", "\u0637\u064A\u0644\u0647", "\u0637\u0648\u0627\u0644",
            "\u0645\u0646\u0630");
    /** أيام، يوما، أسابيع، أسبوعين، أشهر، شهرين، سنوات، أعوام (folded): days, weeks, months or years, counted. */
    private static final java.util.Set<String> MANY_DAYS = java.util.Set.of(
            "\u0627\u064A\u0627\u0645", "\u064A\u0648\u0645\u0627", "\u0627\u0633\u0627\u0628\u064A\u0639",
            "\u0627\u0633\u0628\u0648\u0639\u064A\u0646", "\u0627\u0634\u0647\u0631",
            "\u0634\u0647\u0631\u064A\u0646", "\u0633\u0646\u0648\u0627\u062A", "\u0627\u0639\u0648\u0627\u0645");

    private final AnalyzedText body;
    private final EventLexicon lexicon;
    private final String text;
    private final List<EventExtractor.Hit> hits;
    /** The lowest toll each hit owns, or {@link Long#MAX_VALUE}. */
    private final long[] owned;
    /** Tolls told in sentences without a trigger: their span and value. */
    private final List<Quantity> free = new ArrayList<>();

    /**
     * @param hits   the triggers of the report, in text order
     * @param afters the clause of each hit after its trigger (to the next trigger or clause break)
     */
    Tolls(ReportContext cx, EventLexicon lexicon, CampaignStarts campaignStarts, List<EventExtractor.Hit> hits,
          List<Span> afters) {
        this.body = cx.body();
        this.lexicon = lexicon;
        this.text = body.original();
        this.hits = hits;
        this.owned = new long[hits.size()];
        java.util.Arrays.fill(owned, Long.MAX_VALUE);
        List<Token> tokens = body.tokens();
        List<Quantity> counts = new ArrayList<>(cx.quantities());
        counts.addAll(singleVictims(tokens));
        for (Quantity q : counts) {
            int ti = body.tokenAtOrAfter(q.span().start());
            int after = body.tokenAtOrAfter(q.span().end());
            if (ti >= tokens.size() || !nearKilling(tokens, ti) || subset(tokens, ti) || overManyDays(tokens, ti)
                    || wounded(tokens, ti, after) || measure(tokens, after)) {
                continue;
            }
            Span sentence = body.sentenceAt(q.span().start());
            if (campaignStarts.sinceCampaignBegan(cx, sentence)) {
                continue;
            }
            int owner = owner(q.span(), sentence, afters);
            if (owner < 0) {
                free.add(q);
            } else {
                owned[owner] = Math.min(owned[owner], q.value());
            }
        }
    }

    /** The fatalities of hit {@code h}: the lowest toll it owns, else one told beside it in its paragraph, else 0. */
    int of(int h) {
        long lowest = owned[h];
        if (lowest == Long.MAX_VALUE && !sentenceHasToll(h)) {
            Span paragraph = paragraph(hits.get(h).span());
            for (Quantity q : free) {
                if (paragraph.contains(q.span())) {
                    lowest = Math.min(lowest, q.value());
                }
            }
        }
        return lowest == Long.MAX_VALUE ? 0 : (int) Math.min(lowest, Integer.MAX_VALUE);
    }

    /**
     * The hit a toll belongs to: the trigger a few words after it ({@code مقتل 20 مدنيا في غارات}), else the one
     * whose clause holds it ({@code قصف ... أسفر عن مقتل 18}), else the last before it ({@code قصفت حيش، ما أدى إلى
     * مقتل 7}), else the first after it; -1 when its sentence has no trigger.
     */
    private int owner(Span toll, Span sentence, List<Span> afters) {
        int holder = -1;
        int last = -1;
        int next = -1;
        for (int h = 0; h < hits.size(); h++) {
            Span at = hits.get(h).span();
            if (!sentence.contains(at)) {
                continue;
            }
            if (afters.get(h).contains(toll) && holder < 0) {
                holder = h;
            }
            if (at.start() >= toll.end() && next < 0) {
                next = h;
            }
            if (at.end() <= toll.start()) {
                last = h;
            }
        }
        if (next >= 0 && causedBy(toll, hits.get(next).span())) {
            return next;
        }
        return holder >= 0 ? holder : last >= 0 ? last : next;
    }

    /**
     * Whether the trigger at {@code cause} follows the toll within {@value #CAUSE_REACH} words and in the same
     * clause ({@code مقتل 20 مدنيا جراء غارات}; not {@code مقتل 7 مدنيين، فيما دارت اشتباكات}).
     */
    private boolean causedBy(Span toll, Span cause) {
        int n = 0;
        for (int t = body.tokenAtOrAfter(toll.end()); t < body.tokens().size() && body.originalStart(t) < cause.start(); t++) {
            Token w = body.tokens().get(t);
            if (w.isWord() && (++n > CAUSE_REACH || opensClause(w))) {
                return false;
            }
        }
        return true;
    }

    private boolean opensClause(Token w) {
        for (Proclitics.Reading r : w.readings()) {
            if (lexicon.isClauseBreak(r.form()) && !CAUSE_WORDS.contains(r.form())) {
                return true;
            }
        }
        return false;
    }

    /** Whether another hit of the sentence of hit {@code h} owns a toll: then that toll is not this event's. */
    private boolean sentenceHasToll(int h) {
        Span sentence = sentenceOf(h);
        for (int k = 0; k < hits.size(); k++) {
            if (owned[k] != Long.MAX_VALUE && sentence.contains(hits.get(k).span())) {
                return true;
            }
        }
        return false;
    }

    private Span sentenceOf(int h) {
        return body.sentenceAt(hits.get(h).span().start());
    }

    /** The line (paragraph) of the report that holds {@code at}: a toll is often told in the next sentence. */
    private Span paragraph(Span at) {
        int start = text.lastIndexOf('\n', Math.max(0, at.start() - 1)) + 1;
        int end = text.indexOf('\n', at.end());
        return new Span(Math.min(start, at.start()), end < 0 ? text.length() : end);
    }

    /**
     * {@code قتل 40 مدنيا بينهم 12 طفلا}: a count after {@code بينهم}/{@code منهم} is part of the toll before it,
     * not a lower report of it.
     */
    private static boolean subset(List<Token> tokens, int ti) {
        int words = 0;
        for (int k = ti - 1; k >= 0 && words < SUBSET_REACH; k--) {
            if (tokens.get(k).isWord()) {
                words++;
                for (Proclitics.Reading r : tokens.get(k).readings()) {
                    if (SUBSET_WORDS.contains(r.form())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the word after a number makes it a measure: {@code خلال 12 يوما}، {@code على بعد 5 كيلومترات}. */
    private static boolean measure(List<Token> tokens, int after) {
        return after < tokens.size() && tokens.get(after).isWord()
                && isAny(tokens.get(after), KillingWords::isMeasure);
    }

    /**
     * {@code قتل أكثر من 500 مدني خلال سبعة أيام من القصف}، {@code خلال 12 يوما}، {@code منذ أسبوعين}: a toll counted
     * over days, weeks or months sums the events of all of them and is no toll of one event.
     */
    private static boolean overManyDays(List<Token> tokens, int ti) {
        int words = 0;
        for (int k = ti + 1; k < tokens.size() && words < SPAN_REACH; k++) {
            if (!tokens.get(k).isWord()) {
                continue;
            }
            words++;
            if (anyOf(tokens.get(k), DURATION_WORDS)) {
                // the unit follows its count: خلال 7 أيام، خلال سبعة أيام، منذ أسبوعين، خلال نحو 12 يوما
                int seen = 0;
                for (int u = k + 1; u < tokens.size() && seen < 3; u++) {
                    if (tokens.get(u).isWord()) {
                        seen++;
                        if (anyOf(tokens.get(u), MANY_DAYS)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * {@code مقتل امرأة}، {@code مصرع عنصر}: a noun of one person right after a killing word is a toll of one,
     * with the noun's span.
     */
    private List<Quantity> singleVictims(List<Token> tokens) {
        List<Quantity> out = new ArrayList<>();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!isAny(tokens.get(k), SINGLE_OPENERS::contains)) {
                continue;
            }
            int n = k + 1;
            if (n < tokens.size() && tokens.get(n).isWord() && isAny(tokens.get(n), KillingWords::isSingleVictim)) {
                Token noun = tokens.get(n);
                out.add(new Quantity(1, Quantity.Kind.EXACT, body.text().toOriginal(noun.start(), noun.end())));
            }
        }
        return out;
    }

    /**
     * {@code مقتل امرأة وإصابة 7 مدنيين}، {@code قتل 3 و12 جريحا}: a number right after a word of the wounded, or
     * right before a noun of them, counts the wounded.
     */
    private static boolean wounded(List<Token> tokens, int first, int after) {
        int k = first - 1;
        while (k >= 0 && !tokens.get(k).isWord()) {
            k--;
        }
        if (k >= 0 && isAny(tokens.get(k), KillingWords::isInjuryBefore)) {
            return true;
        }
        int n = after;
        while (n < tokens.size() && !tokens.get(n).isWord()) {
            n++;
        }
        return n < tokens.size() && tokens.get(n).text().charAt(0) != '\u0648'
                && isAny(tokens.get(n), KillingWords::isInjuryAfter);
    }

    private static boolean isAny(Token t, java.util.function.Predicate<String> words) {
        return ClauseWords.reads(t, words);
    }

    private static boolean anyOf(Token t, java.util.Set<String> words) {
        for (Proclitics.Reading r : t.readings()) {
            if (words.contains(r.form())) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearKilling(List<Token> tokens, int ti) {
        for (int k = Math.max(0, ti - TOLL_REACH); k < Math.min(tokens.size(), ti + TOLL_REACH + 1); k++) {
            if (ClauseWords.reads(tokens.get(k), KillingWords::contains)) {
                return true;
            }
        }
        return false;
    }
}
