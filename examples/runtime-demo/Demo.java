import dev.flaglint.runtime.FeatureFlags;
import java.util.Map;

public class Demo {
    public static void main(String[] args) {
        FeatureFlags flags = FeatureFlags.of("""
                flags:
                  new-checkout:
                    owner: payments-team
                    created: 2026-01-15
                    expires: 2099-04-01
                    ticket: PAY-1234
                    rules:
                      - if: { email_domain: company.com }
                        enabled: true
                    rollout: 10
                """);
        System.out.println(flags.evaluate("new-checkout", Map.of("email", "ann@Company.com")));
        // Evaluation[enabled=true, reason=TARGETING_MATCH, ruleIndex=0, errorCode=null]
        System.out.println(flags.evaluate("new-checkout", Map.of("user_id", "user-22")));
        // Evaluation[enabled=false, reason=SPLIT, ruleIndex=-1, errorCode=null]
        System.out.println(flags.evaluate("typo", Map.of()));
        // Evaluation[enabled=false, reason=ERROR, ruleIndex=-1, errorCode=FLAG_NOT_FOUND] (and a warning, once)
    }
}
