package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.marsad.model.PublishedTime;
import org.marsad.model.Report;
import org.marsad.text.dates.DateLineParser;

/**
 * Reads a plain-text report in the layout of Arabic news sites copied to text: a headline, a date line
 * within the next few lines, then one paragraph per line, with share/print widgets left over as whole lines.
 *
 * <p>The body is kept exactly as written (line breaks become {@code "\n"}, blank lines and boilerplate lines
 * are dropped, nothing inside a line changes), because spans found later point into it.
 * Immutable; may be shared between threads.
 */
final class PlainTextReportParser {

    /** The date line is looked for this many non-blank lines after the headline. */
    private static final int DATE_LINE_WINDOW = 3;
    /** A first line this long or longer is a paragraph, not a headline. */
    private static final int MAX_TITLE_LENGTH = 160;

    private final PhraseList boilerplate;

    PlainTextReportParser(PhraseList boilerplate) {
        this.boilerplate = boilerplate;
    }

    Report parse(String id, String text, String origin) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        PublishedTime published = null;
        int dateIndex = -1;
        for (int i = 0; i < Math.min(lines.size(), DATE_LINE_WINDOW + 1); i++) {
            Optional<PublishedTime> date = DateLineParser.parse(lines.get(i).strip()).map(PublishedTime::of);
            if (date.isPresent()) {
                published = date.get();
                dateIndex = i;
                break;
            }
        }
        int titleIndex = dateIndex == 0 ? 1 : 0;
        String title = "";
        if (titleIndex < lines.size()) {
            String candidate = lines.get(titleIndex).strip();
            if (dateIndex >= 0 || candidate.length() < MAX_TITLE_LENGTH) {
                title = boilerplate.matchesWhole(candidate) ? "" : candidate;
            }
        }
        List<String> body = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean isTitle = i == titleIndex && !title.isEmpty();
            if (i != dateIndex && !isTitle && !boilerplate.matchesWhole(lines.get(i))) {
                body.add(lines.get(i));
            }
        }
        if (body.isEmpty() && !title.isEmpty()) {
            body.add(lines.get(titleIndex));
        }
        return new Report(id, title, String.join("\n", body), published, null, null, origin);
    }
}
