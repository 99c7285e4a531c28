/**
 * The sources on disk: takes source roots and gives out the Java files under them (listed in parallel,
 * with their stamps), each parsed at most once on demand with a parser per thread, the files that did not
 * parse, a module's flags file by the documented lookup (and the resource that puts it on the module's classpath),
 * and the helpers for paths as reports print them
 * and for hashing bytes.
 */
package dev.flaglint.lint.source;
