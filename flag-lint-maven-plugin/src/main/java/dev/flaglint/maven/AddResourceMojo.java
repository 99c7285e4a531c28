package dev.flaglint.maven;

import dev.flaglint.lint.source.FlagsResource;
import dev.flaglint.lint.source.ModulePaths;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Puts the flags file the check reads on the module's runtime classpath, so that
 * {@code FeatureFlags.fromClasspath()} reads exactly what the build checked: in a multi-module build, the root's
 * {@code flags.yaml} (or the configured {@code flagsFile}) is added as a resource of each module that has no flags
 * file among its own resources — its directory, with only that file included; nothing is copied into the sources.
 * Bind it to {@code generate-resources} (the default) in the modules that evaluate flags.
 */
@Mojo(name = "add-resource", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class AddResourceMojo extends AbstractFlagLintMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if ("pom".equals(project.getPackaging())) {
            getLog().debug("flag-lint: a pom module has no classpath; no resource added");
            return;
        }
        Optional<Path> flags = reactor().flagsFile().filter(p -> p.toFile().isFile());
        if (flags.isEmpty()) {
            getLog().warn("flag-lint: no flags file found for " + project.getArtifactId() + ", so none is added to its"
                    + " classpath; create src/main/resources/flags.yaml or a flags.yaml above the module, or set"
                    + " flagsFile");
            return;
        }
        List<Path> resourceDirs = project.getResources().stream().map(r -> Path.of(r.getDirectory())).toList();
        Optional<FlagsResource> resource = FlagsResource.of(flags.get(), resourceDirs);
        String shown = ModulePaths.relative(project.getBasedir().toPath(), flags.get());
        if (resource.isEmpty()) {
            getLog().debug("flag-lint: " + shown + " is one of the module's resources already");
            return;
        }
        Resource r = new Resource();
        r.setDirectory(resource.get().directory().toString());
        r.addInclude(resource.get().fileName());
        r.setFiltering(false);
        project.addResource(r);
        getLog().info("flag-lint: " + shown + " is on the classpath of " + project.getArtifactId() + " as "
                + resource.get().fileName() + (resource.get().foundByDefault() ? ", which FeatureFlags.fromClasspath()"
                + " reads" : "; read it with FeatureFlags.fromClasspath(\"" + resource.get().fileName()
                + "\", environment), or name it flags.yaml"));
    }
}
