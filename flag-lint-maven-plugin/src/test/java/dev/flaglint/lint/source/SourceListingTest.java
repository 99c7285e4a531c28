package dev.flaglint.lint.source;

import dev.flaglint.lint.model.LintException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Source files are found as the compiler's build finds them: through symbolic links, each loop reported once. */
class SourceListingTest {

    @TempDir
    Path module;

    private SourceRoot root() {
        return new SourceRoot(module.resolve("src/main/java"), "app", module, false);
    }

    private List<String> listed() {
        return new SourceTree(List.of(root()), f -> true).files().stream().map(SourceFile::displayPath).toList();
    }

    private Path write(String path, String text) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void aSymlinkedFileAndASymlinkedPackageDirectoryAreListedUnderTheirLinks() throws IOException {
        write("src/main/java/com/acme/App.java", "package com.acme; class App {}");
        Path shared = write("shared/com/acme/util/Util.java", "package com.acme.util; class Util {}").getParent();
        Path single = write("elsewhere/Single.java", "package com.acme; class Single {}");
        Files.createSymbolicLink(module.resolve("src/main/java/com/acme/util"), shared);
        Files.createSymbolicLink(module.resolve("src/main/java/com/acme/Single.java"), single);

        assertThat(listed()).containsExactly("src/main/java/com/acme/App.java", "src/main/java/com/acme/Single.java",
                "src/main/java/com/acme/util/Util.java");
        SourceFile linked = new SourceTree(List.of(root()), f -> true).files().get(1);
        assertThat(linked.stamp().size()).isEqualTo(Files.size(single)); // the target's stamp, not the link's
    }

    @Test
    void aSymlinkLoopIsReportedOnceAndItsFilesAreListedOnce() throws IOException {
        write("src/main/java/com/acme/App.java", "package com.acme; class App {}");
        Files.createSymbolicLink(module.resolve("src/main/java/com/acme/again"), module.resolve("src/main/java/com"));

        SourceTree tree = new SourceTree(List.of(root()), f -> true);

        assertThat(tree.files()).extracting(SourceFile::displayPath).containsExactly("src/main/java/com/acme/App.java");
        assertThat(tree.failures()).singleElement().satisfies(loop -> {
            assertThat(loop.kind()).isEqualTo(ParseFailure.Kind.LINK_LOOP);
            assertThat(loop.file().displayPath()).isEqualTo("src/main/java/com/acme/again");
            assertThat(loop.message()).isEqualTo("a symbolic link to src/main/java/com, a directory above it");
        });
    }

    @Test
    void aLoopBackToTheRootIsFoundFromEverySubtreeWalkedInParallel() throws IOException {
        for (int i = 0; i < 80; i++) { // enough directories to be walked as separate subtrees
            write("src/main/java/p" + i + "/q/A" + i + ".java", "package p" + i + ".q; class A" + i + " {}");
        }
        Files.createSymbolicLink(module.resolve("src/main/java/p7/q/root"), module.resolve("src/main/java"));

        SourceTree tree = new SourceTree(List.of(root()), f -> true);

        assertThat(tree.files()).hasSize(80);
        assertThat(tree.failures()).extracting(f -> f.file().displayPath()).containsExactly("src/main/java/p7/q/root");
    }

    @Test
    void aDanglingLinkIsSkippedAsTheCompilersBuildSkipsIt() throws IOException {
        write("src/main/java/com/acme/App.java", "package com.acme; class App {}");
        Files.createSymbolicLink(module.resolve("src/main/java/com/acme/Gone.java"), module.resolve("nowhere.java"));

        assertThat(listed()).containsExactly("src/main/java/com/acme/App.java");
    }

    @Test
    void eachFileCarriesItsChangeTimeAndFileKeyWhereTheFileSystemKeepsThem() throws IOException {
        Path app = write("src/main/java/com/acme/App.java", "package com.acme; class App {}");
        assumeTrue(app.getFileSystem().supportedFileAttributeViews().contains("unix"));

        FileStamp stamp = new SourceTree(List.of(root()), f -> true).files().get(0).stamp();

        assertThat(stamp.changedNanos()).isNotEqualTo(FileStamp.UNKNOWN);
        assertThat(stamp.fileKey()).isEqualTo(Files.readAttributes(app, "unix:fileKey").get("fileKey").toString());
    }

    @Test
    void anUnreadableSourceDirectorySaysItMustBeReadable() {
        LintException e = SourceListing.unreadable("source directory", Path.of("/m/src/main/java/com/secret"),
                new AccessDeniedException("/m/src/main/java/com/secret"));

        assertThat(e.getMessage()).isEqualTo("cannot read the source directory /m/src/main/java/com/secret (permission"
                + " denied); flag-lint reads every Java file under the source roots, so it must be readable: fix its"
                + " permissions, or move it out of the source roots");
    }

    @Test
    void aDirectoryWithoutReadPermissionStopsTheListingWithThatMessage() throws IOException {
        write("src/main/java/com/acme/App.java", "package com.acme; class App {}");
        Path secret = Files.createDirectories(module.resolve("src/main/java/com/secret"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(secret), "permissions are not enforced for this user (root)");

            assertThatThrownBy(this::listed).isInstanceOf(LintException.class)
                    .hasMessageContaining("cannot read the source directory " + secret + " (permission denied)")
                    .hasMessageContaining("must be readable");
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
