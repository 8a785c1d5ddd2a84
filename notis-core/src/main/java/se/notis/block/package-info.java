/**
 * Blocks of an article (title, lead, subheadings, paragraphs) found from plain text's line
 * structure by {@code PlainTextBlocks}; {@link se.notis.block.BlockStage} keeps blocks a reader
 * already set.
 */
package se.notis.block;
