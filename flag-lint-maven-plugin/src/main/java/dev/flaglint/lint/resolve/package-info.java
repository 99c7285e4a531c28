/**
 * What names in the parsed sources mean, the way the compiler would see them without a classpath: takes
 * the source tree and gives out qualified type names, supertypes, the declaration a name refers to, the
 * declared type of a call's receiver (Mockito's mocks, stubs and verifications included), and the value of a
 * flag-key expression (or the glob of its known parts, or the text a wrapper adds around it). What the
 * sources do not show is unknown, never guessed.
 */
package dev.flaglint.lint.resolve;
