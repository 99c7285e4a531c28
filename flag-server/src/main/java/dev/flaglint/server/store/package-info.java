/**
 * Where run-time overrides and their audit trail live. Takes a {@link dev.flaglint.server.store.ChangeRequest}
 * (a flag's new override, or its reset, with who asked) and gives back the committed
 * {@link dev.flaglint.server.store.AuditRecord} and the new {@link dev.flaglint.server.store.StoreSnapshot}, or a
 * version conflict. {@link dev.flaglint.server.store.OverrideStore} is the contract;
 * {@link dev.flaglint.server.store.FileStore} is the embedded default in a data directory, and
 * {@code store.postgres} the store several replicas share. Overrides are opaque JSON text here: validating them
 * is the service's job.
 */
package dev.flaglint.server.store;
