/**
 * Where flag definitions come from: the flags file. Takes a path, gives {@link
 * dev.flaglint.server.source.Definitions} (the parsed {@code FlagsFile}, its text and a content version) and tells
 * listeners when a new valid version replaces it. A version with errors is refused and kept as
 * {@link dev.flaglint.server.source.RejectedVersion} for {@code /readyz}; the last good one keeps serving.
 */
package dev.flaglint.server.source;
