/**
 * What the user said about the findings: takes the rules' findings and the call sites, and gives out
 * findings with suppressions dropped, severities overridden and a baseline applied (accepted ones as
 * info, stale entries reported). Also holds the baseline file's format.
 */
package dev.flaglint.lint.adjust;
