package org.marsad.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax (words, {@code "phrases"}, {@code AND OR NOT + -}, parentheses,
 * {@code title:} and {@code text:}, {@code word*}, {@code word~}) mapped onto the report fields:
 * <ul>
 *   <li>a bare word searches the stemmed word fields and the name fields of title and text, so that a
 *       report spelling the word exactly ranks above one that only shares its stem; a stop word alone is
 *       dropped;</li>
 *   <li>a quoted phrase searches only the name fields (folded, unstemmed): {@code "جيش الإسلام"} is those two
 *       words in that order;</li>
 *   <li>prefix, wildcard, fuzzy and regular-expression terms search the name fields;</li>
 *   <li>the title weighs {@value #TITLE_BOOST} times the text.</li>
 * </ul>
 * Terms are joined by AND unless the query says otherwise. Not thread-safe: one parser per query.
 */
final class ReportQueryParser extends QueryParser {

    static final float TITLE_BOOST = 2f;

    /** The parser's default field: title and text together. */
    private static final String ANY = "_any";
    private static final Map<String, List<String>> SCOPES = Map.of(
            ANY, List.of(ReportFields.TITLE, ReportFields.TEXT),
            ReportFields.TITLE, List.of(ReportFields.TITLE),
            ReportFields.TEXT, List.of(ReportFields.TEXT));
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private ReportQueryParser(Analyzer analyzer) {
        super(ANY, analyzer);
        setDefaultOperator(AND_OPERATOR);
        setSplitOnWhitespace(true); // each word on its own may match the title or the text, in either field
        setAllowLeadingWildcard(false);
    }

    /**
     * The query for {@code text}, parsed with {@code analyzer} (which must analyze the report fields).
     *
     * @throws IllegalArgumentException naming the query and what is wrong with it, when it cannot be parsed
     */
    static Query parse(String text, Analyzer analyzer) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the search query is empty");
        }
        String problem = unbalanced(text);
        if (problem != null) {
            throw new IllegalArgumentException("cannot parse the search query «" + text + "»: " + problem);
        }
        try {
            return new ReportQueryParser(analyzer).parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse the search query «" + text + "»: " + reason(e), e);
        }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        return quoted ? phrase(field, queryText, getPhraseSlop()) : word(field, queryText);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return phrase(field, queryText, slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        List<Query> alternatives = new ArrayList<>();
        for (String base : scope(field)) {
            alternatives.add(boosted(base, super.getPrefixQuery(ReportFields.names(base), termStr)));
        }
        return anyOf(alternatives);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        List<Query> alternatives = new ArrayList<>();
        for (String base : scope(field)) {
            alternatives.add(boosted(base, super.getWildcardQuery(ReportFields.names(base), termStr)));
        }
        return anyOf(alternatives);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        List<Query> alternatives = new ArrayList<>();
        for (String base : scope(field)) {
            alternatives.add(boosted(base, super.getFuzzyQuery(ReportFields.names(base), termStr, minSimilarity)));
        }
        return anyOf(alternatives);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        List<Query> alternatives = new ArrayList<>();
        for (String base : scope(field)) {
            alternatives.add(boosted(base, super.getRegexpQuery(ReportFields.names(base), termStr)));
        }
        return anyOf(alternatives);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        throw new ParseException("range queries ([a TO b]) are not supported: titles and texts are searched by words");
    }

    private Query word(String field, String queryText) throws ParseException {
        List<Query> alternatives = new ArrayList<>();
        for (String base : scope(field)) {
            Query stemmed = newFieldQuery(getAnalyzer(), base, queryText, false);
            if (stemmed == null) {
                return null; // a stop word: it is not searched in the name fields either
            }
            alternatives.add(boosted(base, stemmed));
            Query exact = newFieldQuery(getAnalyzer(), ReportFields.names(base), queryText, false);
            if (exact != null) {
                alternatives.add(boosted(base, exact));
            }
        }
        return anyOf(alternatives);
    }

    private Query phrase(String field, String queryText, int slop) throws ParseException {
        List<Query> alternatives = new ArrayList<>();
        for (String base : scope(field)) {
            Query q = createFieldQuery(getAnalyzer(), BooleanClause.Occur.MUST, ReportFields.names(base), queryText,
                    true, slop);
            if (q != null) {
                alternatives.add(boosted(base, q));
            }
        }
        return anyOf(alternatives);
    }

    private static List<String> scope(String field) throws ParseException {
        List<String> scope = SCOPES.get(field);
        if (scope == null) {
            throw new ParseException("unknown field '" + field + "' (searchable: title, text)");
        }
        return scope;
    }

    private static Query boosted(String base, Query q) {
        return base.equals(ReportFields.TITLE) ? new BoostQuery(q, TITLE_BOOST) : q;
    }

    private static Query anyOf(List<Query> alternatives) {
        if (alternatives.isEmpty()) {
            return null;
        }
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query q : alternatives) {
            any.add(q, BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** What is unbalanced in {@code text} (an open quote or parenthesis), or {@code null}. */
    private static String unbalanced(String text) {
        int quotes = 0;
        int depth = 0;
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quotes++;
                inQuote = !inQuote;
            } else if (!inQuote && c == '(') {
                depth++;
            } else if (!inQuote && c == ')' && --depth < 0) {
                return "a closing parenthesis at column " + (i + 1) + " has no opening one";
            }
        }
        if (quotes % 2 != 0) {
            return "a quote (\") is not closed";
        }
        return depth > 0 ? "a parenthesis is not closed" : null;
    }

    /** Lucene's reason, told in one line without the grammar's token names. */
    private static String reason(ParseException e) {
        if (e.getCause() instanceof ParseException grammar && grammar.currentToken != null
                && grammar.currentToken.next != null) {
            org.apache.lucene.queryparser.classic.Token next = grammar.currentToken.next;
            if (next.image == null || next.image.isEmpty()) {
                return "it ends where a search term is expected (after AND, OR, NOT, +, - or a field name?)";
            }
            return "«" + next.image + "» at column " + (next.beginColumn + 1) + " is not expected there";
        }
        if (e.getCause() instanceof ParseException own && own.currentToken == null) {
            return own.getMessage();
        }
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                : e.getMessage();
        String first = message.lines().findFirst().orElse(message);
        Matcher column = COLUMN.matcher(first);
        return column.find() ? "the query cannot be read from column " + column.group(1) : first;
    }
}
