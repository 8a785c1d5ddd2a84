/**
 * Helpers with no compatibility promise: primitive arrays, hashing, perceptron weight tables,
 * locating ../shared, and the hierarchical word clusters ({@link se.notis.internal.WordClusters},
 * learnt by {@link se.notis.internal.WordClusterBuilder}) that the syntax models share.
 */
package se.notis.internal;
