/**
 * The values every stage of the check passes on: what a scan finds ({@link dev.flaglint.lint.model.CallSite},
 * {@link dev.flaglint.lint.model.WrapperCandidate}), what the rules report ({@link dev.flaglint.lint.model.Finding},
 * {@link dev.flaglint.lint.model.RuleDoc}), which calls count ({@link dev.flaglint.lint.model.FlagApi}, with the
 * type each method reads a flag as and the text a wrapper adds around a key), and the closed vocabularies as enums
 * (rule ids, severities, key resolutions, call kinds, API origins, baseline states, value kinds). Takes in
 * nothing and depends on no other stage; every other package reads it.
 */
package dev.flaglint.lint.model;
