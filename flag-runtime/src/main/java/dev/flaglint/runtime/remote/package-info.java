/**
 * The client of a flag service: takes the service's address and a token, and gives out
 * {@link dev.flaglint.runtime.remote.RemoteFlags}, a {@link dev.flaglint.runtime.Flags} that evaluates the service's
 * definitions in the application (kept current by polling and the change stream) or asks the service (OFREP, cached),
 * answers from a bootstrap or cache file when the service is away, and reports how current it is. JDK HttpClient
 * only; nothing on a caller's thread waits longer than the timeout or throws.
 */
package dev.flaglint.runtime.remote;
