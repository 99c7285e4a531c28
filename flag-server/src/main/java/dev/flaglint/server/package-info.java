/**
 * The flag server assembled: takes {@link dev.flaglint.server.ServerSettings} (the flags file, address, tokens,
 * data directory), opens the definition source, the store, the service and the HTTP server in that order, and
 * gives a running {@link dev.flaglint.server.FlagServer} that stops them in reverse. Wrong settings fail here
 * with a {@link dev.flaglint.server.StartupException} that says what to change.
 */
package dev.flaglint.server;
