package org.marsad.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.marsad.model.PublishedTime;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.dates.DateLineParser;

/**
 * Turns an HTML page into a headline, a body and its metadata, with jsoup.
 *
 * <p>The body is the {@code <article>} with the most text, else the element whose own {@code <p>} children
 * hold the most text (the "densest block", as in Kohlschütter et al., "Boilerplate detection using shallow
 * text features", WSDM 2010, reduced to paragraph text mass). Navigation, headers, footers, asides, forms,
 * menus, comments, scripts and styles are removed first, so script text never reaches the body.
 * Paragraphs are joined with {@code "\n"}; white space inside a paragraph is collapsed as a browser would.
 * All tree walks are iterative, so deeply nested pages cannot overflow the stack.
 * Immutable; may be shared between threads.
 */
final class HtmlReportParser {

    /** What a page says about itself. {@code published}, {@code url} and {@code source} may be null. */
    record Page(String title, String text, PublishedTime published, String url, String source) {
    }

    private static final String JUNK = "script, style, noscript, template, nav, header, footer, aside, form, menu,"
            + " iframe, svg, button, select, textarea, object, embed, [role=navigation], [role=banner],"
            + " [role=contentinfo], [role=complementary], [hidden]";
    /** class or id words of page furniture that sites put in ordinary divs. */
    private static final Pattern JUNK_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(comments?|share|sharing|social|related|sidebar|breadcrumbs?|menu|navbar|advert\\w*"
                    + "|ads|newsletter|subscribe|tags|most-?read|popular|footer|cookie\\w*)($|[\\s_-])");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "li", "ul",
            "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "dd", "dt", "dl",
            "figure", "figcaption", "header", "footer", "address", "hr", "br", "body", "center", "caption");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[-|\u2013\u2014:\u00AB\u00BB]|::)\\s+");
    /** A trailing title segment this short is a site name, not part of the headline. */
    private static final int MAX_SITE_NAME_WORDS = 3;
    private static final int MAX_SITE_NAME_LENGTH = 30;
    /** The date line is looked for among this many first lines of the visible text. */
    private static final int DATE_LINE_SCAN = 40;
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "datePublished",
            "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date", "sailthru.date"};

    private final PhraseList boilerplate;
    private final ObjectMapper json = new ObjectMapper();

    HtmlReportParser(PhraseList boilerplate) {
        this.boilerplate = boilerplate;
    }

    Page parse(String html) {
        Document doc = Jsoup.parse(html);
        String siteName = meta(doc, "og:site_name", "application-name");
        String h1 = doc.selectFirst("h1") == null ? "" : doc.selectFirst("h1").text().strip();
        String title = meta(doc, "og:title", "twitter:title");
        if (title.isEmpty()) {
            title = doc.title().strip();
        }
        title = title.isEmpty() ? h1 : stripSiteName(title, siteName, h1);
        PublishedTime published = publishedFromMetadata(doc).orElse(null);
        String url = doc.selectFirst("link[rel=canonical][href]") != null
                ? doc.selectFirst("link[rel=canonical][href]").attr("href").strip() : meta(doc, "og:url");

        removeJunk(doc);
        if (published == null) {
            published = publishedFromVisibleText(doc).orElse(null);
        }
        return new Page(title, String.join("\n", bodyLines(doc, title)), published, url.isEmpty() ? null : url,
                siteName.isEmpty() ? null : siteName);
    }

    /** The text of an HTML fragment such as an RSS description: one line per block, boilerplate dropped. */
    String fragmentText(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            List<String> lines = new ArrayList<>();
            for (String line : html.split("\r\n|\r|\n")) {
                if (!line.isBlank() && !boilerplate.matchesWhole(line)) {
                    lines.add(line.strip());
                }
            }
            return String.join("\n", lines);
        }
        Document doc = Jsoup.parseBodyFragment(html);
        removeJunk(doc);
        return String.join("\n", keepContent(blockLines(doc.body())));
    }

    private List<String> bodyLines(Document doc, String title) {
        Element best = null;
        int bestLength = 0;
        for (Element article : doc.select("article, [itemprop=articleBody]")) {
            int length = paragraphText(article.select("p"));
            if (best == null || length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null && bestLength > 0) {
            best.select("h1").remove();
            return keepContent(blockLines(best));
        }
        // jsoup nodes compare by identity; insertion order keeps ties deterministic
        Map<Element, Integer> paragraphMass = new LinkedHashMap<>();
        for (Element p : doc.select("p")) {
            if (p.parent() != null) {
                paragraphMass.merge(p.parent(), p.text().length(), Integer::sum);
            }
        }
        Element densest = null;
        int densestLength = 0;
        for (Map.Entry<Element, Integer> e : paragraphMass.entrySet()) {
            if (e.getValue() > densestLength) {
                densest = e.getKey();
                densestLength = e.getValue();
            }
        }
        if (densest != null) {
            List<String> lines = new ArrayList<>();
            for (Element p : densest.children()) {
                if (p.normalName().equals("p")) {
                    lines.add(p.text());
                }
            }
            return keepContent(lines);
        }
        doc.select("h1").remove();
        List<String> lines = keepContent(blockLines(doc.body()));
        if (!lines.isEmpty() && lines.get(0).equals(title)) {
            lines.remove(0);
        }
        return lines;
    }

    private List<String> keepContent(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty() && !boilerplate.matchesWhole(s)) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static int paragraphText(Elements paragraphs) {
        int length = 0;
        for (Element p : paragraphs) {
            length += p.text().length();
        }
        return length;
    }

    private static void removeJunk(Document doc) {
        doc.select(JUNK).remove();
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) {
                doomed.add(node);
            } else if (node instanceof Element e && !e.normalName().equals("body")
                    && !e.normalName().equals("article") && !e.normalName().equals("html")
                    && (JUNK_CLASS.matcher(e.className()).find() || JUNK_CLASS.matcher(e.id()).find())) {
                doomed.add(node);
            }
        }, doc);
        for (Node node : doomed) {
            if (node.parent() != null) {
                node.remove();
            }
        }
    }

    /** The visible text of {@code root}, one line per block element or {@code <br>}. */
    static List<String> blockLines(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.getWholeText());
                } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush(line, lines);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush(line, lines);
                } else if (node instanceof Element e && e.normalName().equals("td")) {
                    line.append(' ');
                }
            }
        }, root);
        flush(line, lines);
        return lines;
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String s = line.toString().replaceAll("[\\s\u00A0]+", " ").strip();
        if (!s.isEmpty()) {
            lines.add(s);
        }
        line.setLength(0);
    }

    private Optional<PublishedTime> publishedFromMetadata(Document doc) {
        for (String name : DATE_META) {
            Optional<PublishedTime> t = PublishedTimeParser.parse(meta(doc, name));
            if (t.isPresent()) {
                return t;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Optional<PublishedTime> t = PublishedTimeParser.parse(jsonLdDatePublished(script.data()));
            if (t.isPresent()) {
                return t;
            }
        }
        for (Element time : doc.select("time[datetime], time[pubdate]")) {
            String value = time.hasAttr("datetime") ? time.attr("datetime") : time.text();
            Optional<PublishedTime> t = PublishedTimeParser.parse(value);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private String jsonLdDatePublished(String data) {
        try {
            JsonNode node = json.readTree(data);
            JsonNode date = node == null ? null : node.findValue("datePublished");
            return date != null && date.isTextual() ? date.asText() : "";
        } catch (JacksonException | RuntimeException e) {
            return "";
        }
    }

    private static Optional<PublishedTime> publishedFromVisibleText(Document doc) {
        for (Element e : doc.select("[class*=date], [class*=time], [id*=date]")) {
            Optional<PublishedTime> t = DateLineParser.parse(e.text()).map(PublishedTime::of);
            if (t.isPresent()) {
                return t;
            }
        }
        Iterator<String> lines = blockLines(doc.body()).iterator();
        for (int i = 0; i < DATE_LINE_SCAN && lines.hasNext(); i++) {
            Optional<PublishedTime> t = DateLineParser.parse(lines.next()).map(PublishedTime::of);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** The content of the first {@code <meta>} whose property, name or itemprop is one of {@code names}. */
    private static String meta(Document doc, String... names) {
        for (String name : names) {
            for (Element m : doc.select("meta[content]")) {
                if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
                        || name.equalsIgnoreCase(m.attr("itemprop"))) {
                    String content = m.attr("content").strip();
                    if (!content.isEmpty()) {
                        return content;
                    }
                }
            }
        }
        return "";
    }

    /**
     * Removes a site name from a page title: the segment equal to the page's declared site name; else, when
     * the page's {@code <h1>} is the title without its last segments, the {@code <h1>}; else a short last
     * segment ({@code "Headline - Site"}). A first segment is removed only when it is the declared site name,
     * since a short first segment is often a dateline ({@code "Aleppo - ..."}).
     */
    static String stripSiteName(String title, String siteName, String h1) {
        List<int[]> separators = new ArrayList<>();
        Matcher m = TITLE_SEPARATOR.matcher(title);
        while (m.find()) {
            separators.add(new int[] {m.start(), m.end()});
        }
        if (separators.isEmpty()) {
            return title;
        }
        String siteKey = ArabicNormalizer.key(siteName);
        int[] first = separators.get(0);
        int[] last = separators.get(separators.size() - 1);
        if (!siteKey.isEmpty()) {
            if (ArabicNormalizer.key(title.substring(last[1])).equals(siteKey)) {
                return title.substring(0, last[0]).strip();
            }
            if (ArabicNormalizer.key(title.substring(0, first[0])).equals(siteKey)) {
                return title.substring(first[1]).strip();
            }
        }
        if (!h1.isEmpty()) {
            for (int[] sep : separators) {
                if (title.substring(0, sep[0]).strip().equals(h1)) {
                    return h1;
                }
            }
        }
        String tail = title.substring(last[1]).strip();
        String head = title.substring(0, last[0]).strip();
        if (tail.length() <= MAX_SITE_NAME_LENGTH && tail.split("\\s+").length <= MAX_SITE_NAME_WORDS
                && head.length() > 2 * tail.length()) {
            return head;
        }
        return title;
    }
}
