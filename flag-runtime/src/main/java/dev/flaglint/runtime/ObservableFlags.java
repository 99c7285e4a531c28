package dev.flaglint.runtime;

/**
 * {@link Flags} whose definitions change while the application runs — a followed file
 * ({@link ReloadingFeatureFlags}), a flag service ({@code dev.flaglint.runtime.remote.RemoteFlags}) — and that say
 * how current they are and when they change, for health checks, logs and providers such as OpenFeature's.
 */
public interface ObservableFlags extends Flags {

    /** How current the flags in use are. */
    FlagsStatus status();

    /** Why the status is what it is, in a sentence fit for a log. */
    String statusDetail();

    /** Calls {@code listener} on every change from now on; the current status is {@link #status()}. */
    void addListener(FlagsListener listener);

    void removeListener(FlagsListener listener);
}
