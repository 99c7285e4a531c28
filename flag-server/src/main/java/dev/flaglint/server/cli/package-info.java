/**
 * The command line: {@code java -jar flag-server.jar --flags flags.yaml [...]}. Takes arguments and
 * {@code FLAG_SERVER_<OPTION>} environment variables, gives {@link dev.flaglint.server.ServerSettings} and runs the
 * server until it is told to stop (Ctrl-C, SIGTERM), then stops it gracefully. Wrong settings end with one
 * message and exit code 2, never a stack trace.
 */
package dev.flaglint.server.cli;
