import dev.flaglint.openfeature.FlagLintProvider;
import dev.flaglint.runtime.FlagContext;
import dev.flaglint.runtime.Flags;
import dev.flaglint.runtime.remote.RemoteFlags;
import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;

import java.net.URI;

/** flag-runtime's RemoteFlags, then OpenFeature over it; run.sh starts the flag server it asks. */
public class ClientDemo {
    public static void main(String[] args) {
        Flags flags = RemoteFlags.builder(URI.create(System.getenv("FLAGS_URL"))).token(System.getenv("FLAGS_TOKEN")).build();
        boolean on = flags.isEnabled("new-checkout", FlagContext.targeting("user-42").with("plan", "enterprise"));
        String color = flags.stringValue("checkout-button", FlagContext.targeting("user-7"), "blue");
        System.out.println("RemoteFlags: new-checkout " + on + ", checkout-button " + color);
        // RemoteFlags: new-checkout true, checkout-button green

        OpenFeatureAPI.getInstance().setProviderAndWait(new FlagLintProvider(flags));   // any Flags: a file, RemoteFlags
        Client client = OpenFeatureAPI.getInstance().getClient();
        String button = client.getStringValue("checkout-button", "blue", new ImmutableContext("user-1"));
        System.out.println("OpenFeature: checkout-button " + button);
        // OpenFeature: checkout-button orange

        OpenFeatureAPI.getInstance().shutdown();
        ((RemoteFlags) flags).close();
    }
}
