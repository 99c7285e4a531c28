/**
 * The removal of a finished flag ({@code flag-lint:remove}): {@link dev.flaglint.lint.remove.FlagRemoval} takes a
 * {@link dev.flaglint.lint.remove.RemovalRequest} (the flag, the value to keep, the check of every module reading
 * the flags file) and gives out a {@link dev.flaglint.lint.remove.RemovalResult}: the call sites rewritten to the
 * kept value, then simplified, dead code, key declarations, test stubs and pins, and the flags-file entry deleted,
 * each file changed by text edits so that untouched lines keep their bytes; what it could not do safely as leftovers
 * with their place and why; in a dry run, a unified diff instead of changed files.
 */
package dev.flaglint.lint.remove;
