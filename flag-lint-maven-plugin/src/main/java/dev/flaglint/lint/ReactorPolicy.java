package dev.flaglint.lint;

import dev.flaglint.lint.source.FlagsFileLocator;
import dev.flaglint.lint.source.SourceRoot;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which modules of a reactor a check reads and who reports on a flags file they share:
 * <ul>
 *   <li>the flags file of a module: its configuration, else the documented lookup up to the top of the reactor;</li>
 *   <li>the modules read besides the checked one: those it depends on, transitively (their constants and
 *       wrappers may be used), and those checked against the same flags file (their calls decide whether a
 *       flag is unused); a separate application in the same reactor, with its own flags file, is not read;</li>
 *   <li>of the modules sharing one flags file, exactly one reports on the file itself (metadata, unused
 *       flags): the checked module closest above the file, else the first checked one.</li>
 * </ul>
 */
public final class ReactorPolicy {

    private final Reactor reactor;

    public ReactorPolicy(Reactor reactor) {
        this.reactor = reactor;
    }

    /** The request's module, sources, flags file and the other modules it reads; the caller adds the rest. */
    public LintRequest.Builder request() {
        ReactorModule current = reactor.current();
        Path flags = flagsFileOf(current).orElse(null);
        List<SourceRoot> roots = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ReactorModule m : related(flags)) {
            roots.addAll(m.sourceRoots());
            names.add(m.name());
        }
        // A configured file is the one place looked at; it may not exist (the check then says so).
        return LintRequest.builder(current.name(), current.directory()).sourceRoots(current.sourceRoots())
                .otherModules(roots, names).flagsFile(flags, flags != null && ownsFlagsFile(flags))
                .flagsFilePlaces(flags != null ? null : FlagsFileLocator.candidates(current.directory(), top()));
    }

    /** Where the reactor starts, as seen from the checked module: the highest module directory above it. */
    public Path top() {
        Path module = reactor.current().directory();
        return reactor.modules().stream().map(ReactorModule::directory).filter(module::startsWith)
                .min(Comparator.comparingInt(Path::getNameCount)).orElse(module);
    }

    /** The flags file the checked module is checked against; empty when there is none. */
    public Optional<Path> flagsFile() {
        return flagsFileOf(reactor.current());
    }

    /**
     * The flags file a module is checked against: its configured one (resolved against its directory),
     * else the documented lookup; empty when there is none.
     */
    public Optional<Path> flagsFileOf(ReactorModule module) {
        String configured = module.configuredFlagsFile();
        if (configured != null && !configured.isBlank() && !configured.contains("${")) {
            Path path = Path.of(configured.trim());
            return Optional.of((path.isAbsolute() ? path : module.directory().resolve(path)).toAbsolutePath()
                    .normalize());
        }
        return FlagsFileLocator.locate(module.directory(), top());
    }

    /**
     * The other modules whose sources the check reads, in build order: the checked module's dependencies
     * (transitively), and the modules checked against {@code flags} ({@code null}: none).
     */
    public List<ReactorModule> related(Path flags) {
        ReactorModule current = reactor.current();
        Map<String, ReactorModule> byId = new HashMap<>();
        reactor.modules().forEach(m -> byId.put(m.id(), m));
        Set<ReactorModule> related = new LinkedHashSet<>();
        Deque<ReactorModule> queue = new ArrayDeque<>(List.of(current));
        while (!queue.isEmpty()) {
            for (String id : queue.removeFirst().dependencies()) {
                ReactorModule dependency = byId.get(id);
                if (dependency != null && !dependency.equals(current) && related.add(dependency)) {
                    queue.add(dependency);
                }
            }
        }
        if (flags != null) {
            for (ReactorModule m : reactor.modules()) {
                if (!m.equals(current) && flagsFileOf(m).filter(flags::equals).isPresent()) {
                    related.add(m);
                }
            }
        }
        return reactor.modules().stream().filter(related::contains).toList();
    }

    /**
     * The modules checked against {@code flags}, the checked one first, then the others in build order; only the
     * checked one when {@code flags} is {@code null} (it has no flags file).
     */
    public List<ReactorModule> sharing(Path flags) {
        List<ReactorModule> sharing = new ArrayList<>(List.of(reactor.current()));
        for (ReactorModule m : reactor.modules()) {
            if (flags != null && !m.equals(reactor.current()) && flagsFileOf(m).filter(flags::equals).isPresent()) {
                sharing.add(m);
            }
        }
        return sharing;
    }

    /** Whether the checked module is the one that reports on {@code flags} itself. */
    public boolean ownsFlagsFile(Path flags) {
        ReactorModule current = reactor.current();
        List<ReactorModule> sharing = new ArrayList<>();
        for (ReactorModule m : reactor.modules()) {
            if (m.equals(current) || (m.runsCheck() && flagsFileOf(m).filter(flags::equals).isPresent())) {
                sharing.add(m);
            }
        }
        Optional<ReactorModule> closestAbove = sharing.stream().filter(m -> flags.startsWith(m.directory()))
                .max(Comparator.comparingInt(m -> m.directory().getNameCount()));
        return closestAbove.orElse(sharing.isEmpty() ? current : sharing.get(0)).equals(current);
    }
}
