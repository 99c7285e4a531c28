package dev.flaglint.maven;

import dev.flaglint.model.Spelling;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The user properties of the plugin's parameters: {@code flag-lint.<name>}, named after the goal prefix
 * as Checkstyle's {@code checkstyle.skip} is, and the older {@code flaglint.<name>}, which still works.
 */
final class PropertyNames {

    static final String PREFIX = "flag-lint.";
    static final String OLD_PREFIX = "flaglint.";

    /** Marks, in the build's session data, that the unknown properties were already reported. */
    private static final String REPORTED = PropertyNames.class.getName() + ".reported";

    private PropertyNames() {
    }

    /** A parameter's value as given with {@code -D}, in either spelling ({@code flag-lint.} first), or {@code null}. */
    static String userValue(Properties user, String parameter) {
        String value = user.getProperty(PREFIX + parameter);
        return value != null ? value : user.getProperty(OLD_PREFIX + parameter);
    }

    /** The names of the plugin's parameters that have a user property, over all its goals. */
    static TreeSet<String> ofPlugin(MojoExecution execution) {
        TreeSet<String> names = new TreeSet<>();
        for (MojoDescriptor goal : execution.getMojoDescriptor().getPluginDescriptor().getMojos()) {
            for (Parameter p : goal.getParameters() == null ? List.<Parameter>of() : goal.getParameters()) {
                String expression = p.getExpression();
                if (expression != null && expression.startsWith("${" + PREFIX) && expression.endsWith("}")) {
                    names.add(expression.substring(2 + PREFIX.length(), expression.length() - 1));
                }
            }
        }
        return names;
    }

    /**
     * One warning per {@code -D} property with either prefix that names none of {@code parameters}, with
     * the parameter it probably meant.
     */
    static List<String> unknown(Properties user, TreeSet<String> parameters) {
        Map<String, String> byLowerCase = new TreeMap<>();
        parameters.forEach(p -> byLowerCase.put(p.toLowerCase(Locale.ROOT), p));
        List<String> warnings = new ArrayList<>();
        for (String property : new TreeSet<>(user.stringPropertyNames())) {
            String prefix = property.startsWith(PREFIX) ? PREFIX : property.startsWith(OLD_PREFIX) ? OLD_PREFIX : null;
            if (prefix == null || parameters.contains(property.substring(prefix.length()))) {
                continue;
            }
            String name = property.substring(prefix.length());
            Optional<String> meant = Optional.ofNullable(byLowerCase.get(name.toLowerCase(Locale.ROOT)))
                    .or(() -> Spelling.closest(name.toLowerCase(Locale.ROOT), byLowerCase.keySet()).map(byLowerCase::get));
            warnings.add("flag-lint: -D" + property + " is not a parameter of flag-lint and is ignored; "
                    + meant.map(m -> "did you mean -D" + PREFIX + m + "?")
                    .orElse("the parameters are listed by mvn flag-lint:help -Ddetail"));
        }
        return warnings;
    }

    /**
     * Whether this is the first call in the build: the warnings concern the whole command line, so one
     * module says them. Kept in the session's data, not in a static field (parallel builds, several builds
     * in one JVM).
     */
    static boolean firstInBuild(MavenSession session) {
        return session.getRepositorySession() == null
                || session.getRepositorySession().getData().set(REPORTED, null, Boolean.TRUE);
    }
}
