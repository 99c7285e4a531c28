package dev.flaglint.openfeature;

import dev.flaglint.runtime.ErrorCode;
import dev.flaglint.runtime.Reason;

/**
 * flag-runtime's reasons and error codes in OpenFeature's words. flag-runtime's vocabulary is OpenFeature's, so
 * each maps to the value of the same name; this class is where that is written down once.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /** STATIC, DISABLED, TARGETING_MATCH, SPLIT, DEFAULT, ERROR: OpenFeature's {@code Reason} names. */
    static String reason(Reason reason) {
        return dev.openfeature.sdk.Reason.valueOf(reason.name()).name();
    }

    static dev.openfeature.sdk.ErrorCode errorCode(ErrorCode code) {
        return switch (code) {
            case FLAG_NOT_FOUND -> dev.openfeature.sdk.ErrorCode.FLAG_NOT_FOUND;
            case PARSE_ERROR -> dev.openfeature.sdk.ErrorCode.PARSE_ERROR;
            case TYPE_MISMATCH -> dev.openfeature.sdk.ErrorCode.TYPE_MISMATCH;
            case TARGETING_KEY_MISSING -> dev.openfeature.sdk.ErrorCode.TARGETING_KEY_MISSING;
            case INVALID_CONTEXT -> dev.openfeature.sdk.ErrorCode.INVALID_CONTEXT;
            case PROVIDER_NOT_READY -> dev.openfeature.sdk.ErrorCode.PROVIDER_NOT_READY;
            case GENERAL -> dev.openfeature.sdk.ErrorCode.GENERAL;
        };
    }

    /** Why a flag gave the caller's default, in a sentence for {@code errorMessage}. */
    static String message(String key, ErrorCode code, String asked) {
        return switch (code) {
            case FLAG_NOT_FOUND -> "flag '" + key + "' is not declared in the flags";
            case PARSE_ERROR -> "flag '" + key + "' cannot be evaluated: the flags file, or this flag's settings in it,"
                    + " has errors";
            case TYPE_MISMATCH -> "flag '" + key + "' does not give " + asked + "; ask with the method for its type";
            case TARGETING_KEY_MISSING -> "flag '" + key + "' rolls out by a unit the context lacks; give a"
                    + " targetingKey (or the attribute the flag names in rollout_by)";
            case INVALID_CONTEXT -> "the flag service refused the context of flag '" + key + "' (its limits)";
            case PROVIDER_NOT_READY -> "no flags to answer '" + key + "' from yet: the flag service has not answered"
                    + " and there is no bootstrap or cache file";
            case GENERAL -> "flag '" + key + "' could not be evaluated for this context";
        };
    }
}
