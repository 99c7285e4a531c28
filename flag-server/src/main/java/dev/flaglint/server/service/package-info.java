/**
 * The flag service without HTTP: takes the flags file's {@link dev.flaglint.server.source.Definitions} and the
 * store's overrides and gives an immutable {@link dev.flaglint.server.service.FlagConfiguration} that evaluates
 * flags with flag-runtime's compiled evaluation (effective flag = file definition + override). Validates
 * override bodies with the flags-file model itself, commits them through the store, and tells listeners which
 * flags changed. Contexts come in as JSON or query parameters and leave as checked {@link
 * dev.flaglint.server.service.EvaluationContext}s.
 */
package dev.flaglint.server.service;
