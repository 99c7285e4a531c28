/**
 * The sources on disk: takes source roots and gives out the Java files under them (listed in parallel
 * through symbolic links, as the compiler's build finds them, each with the stamp that tells a change),
 * each parsed at most once on demand with a parser per thread and a stack deep enough for generated
 * code, the files that could not be read and why, a module's flags file by the documented lookup (and
 * the resource that puts it on the module's classpath), and the helpers for paths as reports print them
 * and for hashing bytes.
 */
package dev.flaglint.lint.source;
