/**
 * The {@code init} goal's output: takes the result's call sites and the flags file, and gives out the
 * file with a stub for every key the code evaluates but the file does not declare, edited as text so
 * that what was there keeps its bytes and comments.
 */
package dev.flaglint.lint.init;
