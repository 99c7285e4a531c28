package dev.flaglint.server;

/** Where overrides and the audit log are kept. */
public enum StoreKind {
    /** The embedded store in the data directory: one replica, no database. */
    FILE,
    /** A PostgreSQL database shared by several replicas. */
    POSTGRES
}
