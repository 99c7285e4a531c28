/**
 * The store that several replicas share: takes {@link dev.flaglint.server.store.postgres.DatabaseSettings} (a
 * PostgreSQL JDBC URL, a role and its password) and gives an {@link dev.flaglint.server.store.OverrideStore}
 * whose changes are transactions (override, version check and audit record together) and whose snapshot follows
 * every replica's changes through {@code LISTEN/NOTIFY}, reloading in full after a lost connection. The tables are
 * created and migrated by Flyway from {@code db/migration}.
 */
package dev.flaglint.server.store.postgres;
