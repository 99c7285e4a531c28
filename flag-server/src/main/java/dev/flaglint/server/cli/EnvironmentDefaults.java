package dev.flaglint.server.cli;

import picocli.CommandLine;

import java.util.Locale;
import java.util.Map;

/**
 * Every option's default from an environment variable: {@code --jdbc-url} from {@code FLAG_SERVER_JDBC_URL}.
 * An option on the command line wins over its variable.
 */
final class EnvironmentDefaults implements CommandLine.IDefaultValueProvider {

    static final String PREFIX = "FLAG_SERVER_";

    private final Map<String, String> variables;

    EnvironmentDefaults(Map<String, String> variables) {
        this.variables = variables;
    }

    static String variableOf(String longOption) {
        return PREFIX + longOption.replaceFirst("^--", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec argument) {
        if (argument instanceof CommandLine.Model.OptionSpec option) {
            String value = variables.get(variableOf(option.longestName()));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return argument.defaultValue();
    }
}
