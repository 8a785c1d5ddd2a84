/**
 * Sentence segmentation over tokens: the pure {@code SentenceBoundaries} rules and the
 * {@link se.notis.sentence.SentenceStage} adapter. Sentences never cross a block.
 */
package se.notis.sentence;
