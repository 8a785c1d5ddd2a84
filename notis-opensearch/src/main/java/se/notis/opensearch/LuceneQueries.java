package se.notis.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import se.notis.search.SwedishAnalyzers;

/**
 * Parses a query exactly as the Lucene backend does (classic syntax, notis' query analyzer, AND
 * between words, title boosted 2) and writes the parsed query as OpenSearch query DSL over the
 * pre-analysed {@code *_terms} fields, so both backends run the same query on the same terms.
 * Pure and thread-safe.
 */
final class LuceneQueries {
  private static final org.apache.lucene.analysis.Analyzer QUERY = SwedishAnalyzers.query();

  private LuceneQueries() {}

  /**
   * The DSL of a query over fields with boosts; a query that does not parse is read with every
   * character literal, as on the Lucene backend, and fails only if that does not parse either.
   */
  static ObjectNode parse(String text, Map<String, Float> boosts) {
    ObjectNode node = Queries.MAPPER.createObjectNode();
    if (text.isBlank() || text.equals("*") || text.equals("*:*")) {
      node.putObject("match_all");
      return node;
    }
    String[] fields = boosts.keySet().toArray(new String[0]);
    java.util.Arrays.sort(fields);
    MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, QUERY, boosts);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setSplitOnWhitespace(true);
    Query query;
    try {
      query = parser.parse(text);
    } catch (ParseException | RuntimeException e) {
      try {
        // As on the Lucene backend: a stray quote, bracket or operator reads as plain words.
        query = parser.parse(QueryParser.escape(text.toLowerCase(java.util.Locale.ROOT)));
      } catch (ParseException | RuntimeException again) {
        throw new IllegalArgumentException("cannot parse query '" + text + "': " + e.getMessage());
      }
    }
    return query == null ? dsl(new MatchNoDocsQuery()) : dsl(query);
  }

  /** One Lucene query as DSL. */
  static ObjectNode dsl(Query query) {
    ObjectNode node = Queries.MAPPER.createObjectNode();
    if (query instanceof BoostQuery boost) {
      ObjectNode bool = node.putObject("bool");
      bool.putArray("must").add(dsl(boost.getQuery()));
      bool.put("boost", boost.getBoost());
    } else if (query instanceof TermQuery term) {
      node.putObject("term").putObject(term.getTerm().field()).put("value", term.getTerm().text());
    } else if (query instanceof BooleanQuery bool) {
      ObjectNode out = node.putObject("bool");
      for (BooleanClause clause : bool.clauses()) {
        String occur = switch (clause.getOccur()) {
          case MUST -> "must";
          case SHOULD -> "should";
          case MUST_NOT -> "must_not";
          case FILTER -> "filter";
        };
        ArrayNode list = out.has(occur) ? (ArrayNode) out.get(occur) : out.putArray(occur);
        list.add(dsl(clause.getQuery()));
      }
      if (bool.getMinimumNumberShouldMatch() > 0) {
        out.put("minimum_should_match", bool.getMinimumNumberShouldMatch());
      }
      if (!out.has("must") && !out.has("should") && !out.has("filter")) {
        // Lucene matches nothing with only prohibited clauses.
        out.putArray("must").addObject().putObject("match_none");
      }
    } else if (query instanceof PhraseQuery phrase) {
      node.set("match_phrase", phrase(phrase));
    } else if (query instanceof SynonymQuery synonyms) {
      ObjectNode bool = node.putObject("bool");
      ArrayNode should = bool.putArray("should");
      for (Term term : synonyms.getTerms()) {
        should.add(dsl(new TermQuery(term)));
      }
    } else if (query instanceof MultiPhraseQuery multi) {
      ObjectNode bool = node.putObject("bool");
      ArrayNode must = bool.putArray("must");
      for (Term[] position : multi.getTermArrays()) {
        ObjectNode any = must.addObject().putObject("bool");
        ArrayNode should = any.putArray("should");
        for (Term term : position) {
          should.add(dsl(new TermQuery(term)));
        }
      }
    } else if (query instanceof PrefixQuery prefix) {
      node.putObject("prefix").putObject(prefix.getField()).put("value", prefix.getPrefix().text());
    } else if (query instanceof WildcardQuery wildcard) {
      node.putObject("wildcard").putObject(wildcard.getField()).put("value", wildcard.getTerm().text());
    } else if (query instanceof FuzzyQuery fuzzy) {
      node.putObject("fuzzy").putObject(fuzzy.getField()).put("value", fuzzy.getTerm().text())
          .put("fuzziness", fuzzy.getMaxEdits()).put("prefix_length", fuzzy.getPrefixLength());
    } else if (query instanceof RegexpQuery regexp) {
      node.putObject("regexp").putObject(regexp.getField()).put("value", regexp.getRegexp().text());
    } else if (query instanceof TermRangeQuery range) {
      ObjectNode r = node.putObject("range").putObject(range.getField());
      if (range.getLowerTerm() != null) {
        r.put(range.includesLower() ? "gte" : "gt", range.getLowerTerm().utf8ToString());
      }
      if (range.getUpperTerm() != null) {
        r.put(range.includesUpper() ? "lte" : "lt", range.getUpperTerm().utf8ToString());
      }
    } else if (query instanceof MatchAllDocsQuery) {
      node.putObject("match_all");
    } else if (query instanceof MatchNoDocsQuery) {
      node.putObject("match_none");
    } else {
      throw new IllegalArgumentException("query part not supported on OpenSearch: " + query);
    }
    return node;
  }

  /** A phrase with its positions: the gaps stop words left are written as gap marks. */
  private static ObjectNode phrase(PhraseQuery phrase) {
    Term[] terms = phrase.getTerms();
    int[] positions = phrase.getPositions();
    StringBuilder text = new StringBuilder();
    String field = terms.length == 0 ? "text_terms" : terms[0].field();
    for (int i = 0; i < terms.length; i++) {
      if (i > 0) {
        for (int gap = positions[i - 1] + 1; gap < positions[i]; gap++) {
          text.append(' ').append(AnalyzedTerms.GAP);
        }
        text.append(' ');
      }
      text.append(terms[i].text());
    }
    ObjectNode node = Queries.MAPPER.createObjectNode();
    node.putObject(field).put("query", text.toString()).put("slop", phrase.getSlop());
    return node;
  }
}
