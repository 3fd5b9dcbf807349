package org.marsad.ingest;

import java.util.Locale;

/**
 * What an input holds, decided from its first characters; the file extension only breaks ties.
 * The rules are in {@link #sniff(String, String)}.
 */
enum InputKind {
    PLAIN_TEXT, JSON_LINES, JSON_DOCUMENT, HTML, FEED, UNSUPPORTED_XML;

    /**
     * Sniffs the kind of an input from the start of its decoded text.
     *
     * <ul>
     *   <li>{@code [} starts a JSON array; {@code {} starts JSON Lines when the first object closes before any
     *       line break (a JSON Lines record cannot contain a raw line break), else a pretty-printed JSON
     *       document;</li>
     *   <li>{@code <} starts markup: a feed when the root is {@code rss}, {@code feed} or {@code rdf:RDF}, HTML
     *       when it has HTML tags, other XML otherwise;</li>
     *   <li>anything else is plain text, unless the extension says HTML and the text has HTML tags.</li>
     * </ul>
     *
     * @param head      the first characters of the input, BOM already removed (may be cut anywhere)
     * @param extension the file's extension, lower case without dot, or "" when unknown
     */
    static InputKind sniff(String head, String extension) {
        int start = 0;
        while (start < head.length() && Character.isWhitespace(head.charAt(start))) {
            start++;
        }
        if (start == head.length()) {
            return PLAIN_TEXT;
        }
        char first = head.charAt(start);
        if (first == '[') {
            return JSON_DOCUMENT;
        }
        if (first == '{') {
            return extension.equals("jsonl") || extension.equals("ndjson") || firstObjectOnOneLine(head, start)
                    ? JSON_LINES : JSON_DOCUMENT;
        }
        String lower = head.substring(start, Math.min(head.length(), start + 4096)).toLowerCase(Locale.ROOT);
        if (first == '<') {
            String root = rootElementName(lower);
            if (root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf")) {
                return FEED;
            }
            if (root.equals("html") || lower.startsWith("<!doctype html") || hasHtmlTags(lower)) {
                return HTML;
            }
            return UNSUPPORTED_XML;
        }
        if ((extension.equals("html") || extension.equals("htm")) && hasHtmlTags(lower)) {
            return HTML;
        }
        return PLAIN_TEXT;
    }

    private static boolean firstObjectOnOneLine(String s, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                } else if (c == '\n') {
                    return false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{', '[' -> depth++;
                case '}', ']' -> {
                    if (--depth == 0) {
                        return true;
                    }
                }
                case '\n', '\r' -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /** The name of the first element after the XML declaration, comments, DOCTYPE and processing instructions. */
    private static String rootElementName(String lower) {
        int i = 0;
        while (i < lower.length()) {
            int lt = lower.indexOf('<', i);
            if (lt < 0 || lt + 1 >= lower.length()) {
                return "";
            }
            char next = lower.charAt(lt + 1);
            if (next == '?' || next == '!') {
                int end = lower.startsWith("<!--", lt) ? lower.indexOf("-->", lt) : lower.indexOf('>', lt);
                if (end < 0) {
                    return "";
                }
                i = end + 1;
                continue;
            }
            int j = lt + 1;
            while (j < lower.length() && !Character.isWhitespace(lower.charAt(j)) && lower.charAt(j) != '>'
                    && lower.charAt(j) != '/') {
                j++;
            }
            return lower.substring(lt + 1, j);
        }
        return "";
    }

    private static boolean hasHtmlTags(String lower) {
        for (String tag : new String[] {"<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ",
                "<article", "<h1", "<br", "<span", "<script", "<table", "<ul", "<a "}) {
            if (lower.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
