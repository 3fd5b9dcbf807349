package org.marsad;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.time.LocalDate;
import org.marsad.extract.ActorRef;
import org.marsad.extract.EventExtractor;
import org.marsad.extract.EventLexicon;
import org.marsad.extract.RelationExtractor;
import org.marsad.extract.ReportContext;
import org.marsad.geocode.PlaceResolver;
import org.marsad.model.Event;
import org.marsad.model.PublishedTime;
import org.marsad.model.Relation;
import org.marsad.text.dates.DateMention;
import org.marsad.text.dates.DateRecognizer;
import org.marsad.text.numbers.NumberRecognizer;
import org.marsad.text.numbers.Quantity;
import org.marsad.text.numbers.Token;
import org.marsad.text.numbers.Tokenizer;
import org.marsad.geocode.ResolvedPlace;
import org.marsad.geocode.gazetteer.Gazetteer;
import org.marsad.geocode.gazetteer.GazetteerEntry;
import org.marsad.knowledge.actors.ActorChoice;
import org.marsad.knowledge.actors.ActorRecord;
import org.marsad.knowledge.actors.ActorRegistry;
import org.marsad.model.Actor;
import org.marsad.model.Extraction;
import org.marsad.model.Mention;
import org.marsad.model.Place;
import org.marsad.model.Report;
import org.marsad.model.Span;
import org.marsad.model.TextField;
import org.marsad.recognize.ActorMention;
import org.marsad.recognize.ActorRecognizer;
import org.marsad.recognize.GroupNames;
import org.marsad.recognize.PlaceMention;
import org.marsad.recognize.PlaceRecognizer;
import org.marsad.recognize.PlaceWords;
import org.marsad.text.AnalyzedText;

/**
 * The pipeline's facade: {@code text → recognize → geocode → extract}, one report at a time.
 * Build one with {@link #builder()}; the knowledge it loads is sealed once built, and an instance may be
 * shared between threads (every stage is stateless or immutable).
 */
public final class Marsad {

    private final ActorRecognizer actors;
    private final PlaceRecognizer places;
    private final PlaceResolver resolver = new PlaceResolver();
    private final DateRecognizer dates = new DateRecognizer();
    private final NumberRecognizer numbers = new NumberRecognizer();
    private final EventExtractor events;
    private final RelationExtractor relations;

    private Marsad(ActorRegistry registry, Gazetteer gazetteer) {
        this.actors = new ActorRecognizer(registry, GroupNames.loadDefault());
        this.places = new PlaceRecognizer(gazetteer, PlaceWords.loadDefault());
        this.events = new EventExtractor(EventLexicon.loadDefault(), gazetteer, registry);
        this.relations = new RelationExtractor(registry);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Everything found in {@code report}; never null, possibly empty. */
    public Extraction extract(Report report) {
        Objects.requireNonNull(report, "report");
        List<AnalyzedText> fields = List.of(
                AnalyzedText.of(TextField.TITLE, report.title()),
                AnalyzedText.of(TextField.TEXT, report.text()));
        List<ActorMention> actorMentions = actors.recognize(fields);
        List<PlaceMention> placeMentions = new ArrayList<>();
        for (AnalyzedText field : fields) {
            List<Span> blocked = actorMentions.stream().filter(m -> m.field() == field.field())
                    .map(ActorMention::span).toList();
            placeMentions.addAll(places.recognize(field, blocked));
        }
        List<ResolvedPlace> resolved = resolver.resolve(placeMentions);
        String focus = focusOf(resolved);
        // actors sharing a name are told apart by the report's country and date (الجيش السوري before and after 2024)
        LocalDate reportDate = report.publishedTime().map(PublishedTime::date).orElse(null);
        List<ActorRef> refs = new ArrayList<>();
        for (ActorMention m : actorMentions) {
            ActorRecord r = ActorChoice.choose(m.candidates(), focus, reportDate);
            refs.add(new ActorRef(r, r == null ? m.newName() : r.name(), m.field(), m.span(),
                    m.how() == ActorMention.How.PERSON));
        }
        AnalyzedText body = fields.get(1);
        List<Event> found = List.of();
        List<Relation> related = List.of();
        if (reportDate != null) {
            List<Token> bodyTokens = Tokenizer.refine(body.tokens()); // dates and numbers share them
            List<DateMention> bodyDates = dates.find(body.text(), bodyTokens, reportDate);
            List<Quantity> bodyNumbers = DateRecognizer.outsideDates(numbers.find(body.text(), bodyTokens), bodyDates);
            List<ActorRef> bodyActors = refs.stream().filter(a -> a.field() == TextField.TEXT).toList();
            ReportContext cx = new ReportContext(report, body, bodyActors, resolved, bodyDates, bodyNumbers,
                    reportDate, focus);
            found = events.extract(cx);
            related = relations.extract(cx, refs, found);
        }
        return new Extraction(report, actorsOf(report, actorMentions, focus, reportDate), placesOf(report, resolved),
                found, related);
    }

    /** The report's country: the country of its most-mentioned place. */
    private static String focusOf(List<ResolvedPlace> resolved) {
        ResolvedPlace best = null;
        for (ResolvedPlace p : resolved) {
            if (best == null || p.mentions().size() > best.mentions().size()) {
                best = p;
            }
        }
        return best == null ? null : best.entry().country();
    }

    private static List<Actor> actorsOf(Report report, List<ActorMention> mentions, String focus, LocalDate reportDate) {
        Map<String, List<ActorMention>> byKey = new LinkedHashMap<>();
        Map<String, ActorRecord> records = new LinkedHashMap<>();
        for (ActorMention m : mentions) {
            ActorRecord chosen = ActorChoice.choose(m.candidates(), focus, reportDate);
            String key = chosen == null ? m.key() : chosen.id();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            if (chosen != null) {
                records.put(key, chosen);
            }
        }
        List<Actor> out = new ArrayList<>();
        for (Map.Entry<String, List<ActorMention>> e : byKey.entrySet()) {
            List<Mention> ms = e.getValue().stream()
                    .map(m -> Mention.of(report, m.field(), m.span())).toList();
            ActorRecord r = records.get(e.getKey());
            if (r != null) {
                out.add(new Actor(r.id(), r.name(), r.preferredArabicName(),
                        r.type() == null ? null : r.type().label(), r.country(), ms));
            } else {
                String name = e.getValue().get(0).newName();
                out.add(new Actor(e.getKey(), name, name, null, null, ms));
            }
        }
        return out;
    }

    private static List<Place> placesOf(Report report, List<ResolvedPlace> resolved) {
        List<Place> out = new ArrayList<>();
        for (ResolvedPlace p : resolved) {
            GazetteerEntry e = p.entry();
            List<Mention> ms = p.mentions().stream().map(m -> Mention.of(report, m.field(), m.span())).toList();
            out.add(new Place(e.id(), e.nameEn(), e.nameAr(), e.lat(), e.lon(), e.country(),
                    e.admin1En(), e.admin2En(), e.admin3En(), ms));
        }
        return out;
    }

    /** Settings of a {@link Marsad}; not thread-safe, used once. */
    public static final class Builder {

        private final List<Path> actorFiles = new ArrayList<>();
        private final List<Path> placeFiles = new ArrayList<>();

        private Builder() {
        }

        /** Adds an analyst's actor file (same layout as the bundled ones) on top of the bundled registry. */
        public Builder actorFile(Path file) {
            actorFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Adds an analyst's place file on top of the bundled gazetteer. */
        public Builder placeFile(Path file) {
            placeFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Loads the knowledge; a malformed file is refused here, with its name and line. */
        public Marsad build() {
            ActorRegistry registry = actorFiles.isEmpty() ? ActorRegistry.loadDefault() : ActorRegistry.load(actorFiles);
            Gazetteer gazetteer = placeFiles.isEmpty() ? Gazetteer.loadDefault() : Gazetteer.load(placeFiles);
            return new Marsad(registry, gazetteer);
        }
    }
}
