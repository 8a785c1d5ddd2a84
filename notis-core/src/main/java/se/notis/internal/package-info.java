/** Helpers with no compatibility promise: primitive arrays, locating ../shared. */
package se.notis.internal;
