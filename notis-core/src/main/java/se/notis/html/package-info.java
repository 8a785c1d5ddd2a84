/**
 * Article extraction from web pages.
 *
 * <p>{@link se.notis.html.ArticleExtractor} parses a page with jsoup and returns an
 * {@link se.notis.html.Article}: the page's metadata (title, publication date, canonical URL,
 * declared language, read by {@code PageMetadata} from meta tags and JSON-LD) and the article body
 * as blocks (subheadings and paragraphs) without navigation, comments, related links or bylines.
 * {@code ContentFinder} removes what is never content, scores the remaining containers
 * readability-style (text length, commas, link density, class and id hints, agreement with a
 * JSON-LD {@code articleBody}) and picks the article's container; {@code BlockCollector} turns
 * its subtree into blocks and drops boilerplate lines. {@link se.notis.html.ExtractionEvaluator}
 * scores extracted bodies against hand-checked ones exactly as the public article-extraction
 * benchmark does (word 4-gram shingles).
 */
package se.notis.html;
