package org.marsad.extract;

import java.util.List;
import java.util.function.Predicate;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Proclitics;
import org.marsad.text.Token;
import org.marsad.text.dates.DateMention;

/**
 * When a campaign began, told beside the events of a report ({@code منذ 18 شباط}، {@code عملية بدأت منذ نحو
 * شهرين}، {@code منذ بدء الهجوم}): such a date is no date of the other events of its sentence, and a toll counted
 * since then sums many days' events. The words are those of {@code campaign-starts.tsv}. Immutable.
 */
final class CampaignStarts {

    private static final String SINCE = "\u0645\u0646\u0630"; // منذ
    private static final String IN = "\u0641\u064A"; // في
    private static final String THAT = "\u0627\u0646"; // أن (folded)
    /** How many words after a trigger its verb of beginning may stand ({@code هجوم جوي عنيف بدأته في 18 شباط}). */
    private static final int LAUNCH_REACH = 3;

    private final EventLexicon lexicon;

    CampaignStarts(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * {@code منذ 18 شباط}، {@code عملية بدأت منذ نحو شهرين}، {@code الهجوم الذي بدأته في 18 شباط}: the day an
     * ongoing campaign began, not the day of the event the clause reports. Such a date does not date the event
     * (only the campaign it launched, see {@link #launchDate}); a count of time ago after منذ alone ("three days
     * ago", {@code منذ ثلاثة أيام}) still does.
     */
    boolean startOfOngoing(AnalyzedText body, DateMention d) {
        String text = body.original();
        boolean calendar = false;
        for (int k = d.span().start(); k < d.span().end() && !calendar; k++) {
            calendar = Character.isDigit(text.charAt(k));
        }
        int t = previousWord(body, body.tokenAtOrAfter(d.span().start()));
        return t >= 0 && calendar && SINCE.equals(body.tokens().get(t).text()) || launchVerb(body, d) >= 0;
    }

    /** The token of the verb of beginning right before the date ({@code بدأته في 18 شباط}، {@code بدأت منذ}), or -1. */
    private int launchVerb(AnalyzedText body, DateMention d) {
        int t = previousWord(body, body.tokenAtOrAfter(d.span().start()));
        if (t >= 0 && (SINCE.equals(body.tokens().get(t).text()) || IN.equals(body.tokens().get(t).text()))) {
            t = previousWord(body, t);
        }
        return t >= 0 && anyReading(body.tokens().get(t), lexicon::isLaunchVerb) ? t : -1;
    }

    /**
     * The day the campaign a trigger names was launched, when its verb of beginning stands right by the trigger
     * ({@code هجوم عنيف بدأته في 18 شباط}، {@code بدأت في 20 يناير عملية عسكرية}): that date is the trigger's own,
     * or {@code null}.
     */
    DateMention launchDate(AnalyzedText body, EventExtractor.Hit hit, List<DateMention> dates) {
        for (DateMention d : dates) {
            int verb = launchVerb(body, d);
            if (verb < 0) {
                continue;
            }
            int dateEnd = body.tokenAtOrAfter(d.span().end());
            boolean verbAfter = verb >= hit.end() && wordsBetween(body, hit.end(), verb) <= LAUNCH_REACH;
            boolean triggerAfter = dateEnd <= hit.start() && wordsBetween(body, dateEnd, hit.start()) == 0;
            if (verbAfter || triggerAfter) {
                return d;
            }
        }
        return null;
    }

    private static int wordsBetween(AnalyzedText body, int fromToken, int toToken) {
        int n = 0;
        for (int k = fromToken; k < toToken; k++) {
            n += body.tokens().get(k).isWord() ? 1 : 0;
        }
        return n;
    }

    /** The index of the last word token before token {@code t}, or -1. */
    private static int previousWord(AnalyzedText body, int t) {
        int k = t - 1;
        while (k >= 0 && !body.tokens().get(k).isWord()) {
            k--;
        }
        return k;
    }

    private static boolean anyReading(Token t, java.util.function.Predicate<String> words) {
        for (Proclitics.Reading r : t.readings()) {
            if (words.test(r.form())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code ومنذ بدء الهجوم قتل أكثر من 1400 مدني}، {@code منذ أن بدأت الحكومة غاراتها}، {@code منذ 18 شباط}: a
     * toll counted since a campaign began sums many days' events and is no toll of the event at hand.
     */
    boolean sinceCampaignBegan(ReportContext cx, Span sentence) {
        AnalyzedText body = cx.body();
        for (DateMention d : cx.dates()) {
            if (sentence.contains(d.span()) && startOfOngoing(body, d)) {
                return true;
            }
        }
        List<Token> tokens = body.tokens();
        for (int i = body.tokenAtOrAfter(sentence.start()); i + 1 < tokens.size() && body.originalStart(i) < sentence.end(); i++) {
            if (tokens.get(i).isWord() && tokens.get(i).text().endsWith(SINCE)
                    && tokens.get(i).text().length() <= SINCE.length() + 1) {
                int next = THAT.equals(tokens.get(i + 1).text()) && i + 2 < tokens.size() ? i + 2 : i + 1;
                if (anyReading(tokens.get(next), lexicon::isCampaignStart)) {
                    return true;
                }
            }
        }
        return false;
    }
}
