package org.marsad.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.marsad.model.Report;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads RSS 2.0 (and RSS 1.0) and Atom feeds: one report per {@code item} or {@code entry}.
 *
 * <p>The JDK's DOM parser is configured as the OWASP XML External Entity Prevention Cheat Sheet advises:
 * DOCTYPE declarations are refused outright, which rules out external entities, external DTDs and entity
 * expansion bombs; secure processing is on; no external access of any kind. A feed that declares a DOCTYPE is
 * therefore skipped as malformed. Elements are matched by local name, so namespace prefixes do not matter.
 * Not thread-safe (one DOM builder per reader).
 */
final class FeedReader {

    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

    private final HtmlReportParser html;
    private final DocumentBuilder builder;

    FeedReader(HtmlReportParser html) {
        this.html = html;
        this.builder = newSafeBuilder();
    }

    static DocumentBuilder newSafeBuilder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be made XXE-safe", e);
        }
    }

    /** Reads the feed in {@code text}; a feed that cannot be parsed is skipped whole as malformed. */
    void read(String text, String baseId, String origin, ReportSink sink) {
        Document doc;
        try {
            builder.reset();
            doc = builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            String why = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "XML DOCTYPE declarations are refused (XXE protection)"
                    : "XML error at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + e.getMessage();
            sink.skip(origin, SkipReason.MALFORMED, why);
            return;
        } catch (SAXException | IOException e) {
            sink.skip(origin, SkipReason.MALFORMED, "XML error: " + e.getMessage());
            return;
        }
        Element root = doc.getDocumentElement();
        boolean atom = root.getLocalName() != null && root.getLocalName().equals("feed");
        String source = feedTitle(root, atom);
        List<Element> items = descendants(root, atom ? "entry" : "item");
        if (items.isEmpty()) {
            sink.skip(origin, SkipReason.EMPTY, "feed without " + (atom ? "entries" : "items"));
            return;
        }
        int n = 0;
        for (Element item : items) {
            n++;
            String itemOrigin = origin + "#" + n;
            String id = atom ? childText(item, "id") : childText(item, "guid");
            String link = atom ? atomLink(item) : childText(item, "link");
            String published = atom ? firstNonEmpty(childText(item, "published"), childText(item, "updated"))
                    : firstNonEmpty(childText(item, "pubDate"), childText(item, "date"));
            String body = atom ? firstNonEmpty(childText(item, "content"), childText(item, "summary"))
                    : firstNonEmpty(contentEncoded(item), childText(item, "description"));
            String title = html.fragmentText(childText(item, "title")).replace('\n', ' ');
            sink.report(new Report(id.isBlank() ? baseId + "#" + n : id.strip(), title, html.fragmentText(body),
                    PublishedTimeParser.parse(published).orElse(null), link.isBlank() ? null : link.strip(),
                    source.isBlank() ? null : source, itemOrigin));
        }
    }

    private String feedTitle(Element root, boolean atom) {
        Element channel = atom ? root : firstChild(root, "channel");
        return channel == null ? "" : childText(channel, "title").strip();
    }

    private static String atomLink(Element entry) {
        String any = "";
        for (Node n = entry.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "link".equals(e.getLocalName())) {
                String rel = e.getAttribute("rel");
                if (rel.isEmpty() || rel.equals("alternate")) {
                    return e.getAttribute("href");
                }
                if (any.isEmpty()) {
                    any = e.getAttribute("href");
                }
            }
        }
        return any;
    }

    private static String contentEncoded(Element item) {
        NodeList list = item.getElementsByTagNameNS(CONTENT_NS, "encoded");
        return list.getLength() == 0 ? "" : list.item(0).getTextContent();
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            found.add((Element) all.item(i));
        }
        return found;
    }

    private static Element firstChild(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String localName) {
        Element child = firstChild(parent, localName);
        return child == null ? "" : child.getTextContent();
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isBlank() ? b : a;
    }
}
