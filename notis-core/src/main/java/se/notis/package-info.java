/**
 * notis: news intelligence for Swedish text. {@link se.notis.Notis} is the front door; the text
 * model is in {@code doc}, the stage machinery in {@code pipeline}, and each capability has its
 * own package ({@code block}, {@code tokenize}, {@code sentence}, …) holding its stage, model
 * code, trainer and evaluator.
 */
package se.notis;
