package dev.flaglint.runtime.remote;

/** Where {@link RemoteFlags} evaluates flags. */
public enum Mode {
    /**
     * In the application, with flag-runtime's compiled evaluation, from the definitions the service gives
     * ({@code GET /flags}, kept current by its change stream): no request per evaluation, the same nanoseconds and
     * no allocation as a flags file. Needs a token of scope {@code sdk}.
     */
    LOCAL_EVALUATION,
    /**
     * In the service (OFREP, one request per flag and context, answers cached for a while): the rules never leave
     * the service. Needs a token of scope {@code evaluate}.
     */
    REMOTE_EVALUATION
}
