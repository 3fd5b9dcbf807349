package org.marsad.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.marsad.geocode.ResolvedPlace;
import org.marsad.model.Report;
import org.marsad.text.AnalyzedText;
import org.marsad.text.dates.DateMention;
import org.marsad.text.numbers.Quantity;

/**
 * What the earlier stages found in one report's body, handed to event and relation extraction.
 *
 * @param report     the report
 * @param body       its analysed text
 * @param actors     resolved actor mentions of the body, in text order
 * @param places     resolved places (their mentions in the body are used)
 * @param dates      date mentions of the body, in text order
 * @param quantities numbers of the body that are not parts of dates, in text order
 * @param reportDate the report's own date: the anchor for relative dates and the default event date
 * @param focus      the report's country (ISO alpha-2), or {@code null}
 */
public record ReportContext(Report report, AnalyzedText body, List<ActorRef> actors, List<ResolvedPlace> places,
                            List<DateMention> dates, List<Quantity> quantities, LocalDate reportDate, String focus) {

    public ReportContext {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(body, "body");
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
        Objects.requireNonNull(reportDate, "reportDate");
    }
}
