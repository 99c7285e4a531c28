package dev.flaglint.lint.check;

import java.util.List;

/** Every rule the check runs, in the order findings of one location are listed. */
public final class Rules {

    private Rules() {
    }

    public static List<LintRule> all() {
        return List.of(new InvalidMetadataRule(), new MissingMetadataRule(), new ExpiredRule(),
                new UndeclaredRule(), new ExpiringSoonRule(), new UnusedRule(), new DynamicKeyRule(),
                new ParseErrorRule(), new PolicyLifetimeRule(), new PolicyTicketRule(), new PolicyOwnerRule(),
                new TypeMismatchRule());
    }
}
