package dev.flaglint.lint;

import dev.flaglint.lint.adjust.SeverityOverrides;
import dev.flaglint.lint.check.Policy;
import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.scan.ScanRequest;
import dev.flaglint.lint.source.SourceRoot;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to check, built with named setters: {@code LintRequest.builder("app", moduleDir).sourceRoots(...)
 * .flagsFile(...).today(...).build()}. It says nothing about outputs: the check writes no file.
 */
public final class LintRequest {

    private final String module;
    private final Path moduleDir;
    private final List<SourceRoot> sourceRoots;
    private final List<SourceRoot> reactorSourceRoots;
    private final List<String> scannedModules;
    private final Path flagsFile;
    private final List<Path> flagsFilePlaces;
    private final boolean ownsFlagsFile;
    private final LocalDate today;
    private final int warnDays;
    private final List<FlagApi> apis;
    private final List<String> includes;
    private final List<String> excludes;
    private final Policy policy;
    private final SeverityOverrides severities;
    private final Path baselineFile;

    private LintRequest(Builder b) {
        this.module = Objects.requireNonNull(b.module, "module");
        this.moduleDir = Objects.requireNonNull(b.moduleDir, "moduleDir");
        this.sourceRoots = List.copyOf(b.sourceRoots);
        this.reactorSourceRoots = List.copyOf(b.reactorSourceRoots);
        List<String> modules = new ArrayList<>(List.of(module));
        modules.addAll(b.otherModules);
        this.scannedModules = List.copyOf(modules);
        this.flagsFile = b.flagsFile;
        this.flagsFilePlaces = b.flagsFilePlaces != null ? List.copyOf(b.flagsFilePlaces)
                : b.flagsFile != null ? List.of(b.flagsFile) : List.of();
        this.ownsFlagsFile = b.ownsFlagsFile;
        this.today = Objects.requireNonNull(b.today, "today: the day to check expiry against");
        this.warnDays = b.warnDays;
        this.apis = List.copyOf(b.apis);
        this.includes = List.copyOf(b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.policy = b.policy;
        this.severities = b.severities;
        this.baselineFile = b.baselineFile;
        if (warnDays < 0) {
            throw new IllegalArgumentException("warnDays must be 0 or more, got " + warnDays);
        }
    }

    /** A request for module {@code module} in {@code moduleDir} (report paths are relative to it). */
    public static Builder builder(String module, Path moduleDir) {
        return new Builder(module, moduleDir);
    }

    /** A builder holding this request's values, to build a variant of it. */
    public Builder toBuilder() {
        return new Builder(module, moduleDir).sourceRoots(sourceRoots)
                .otherModules(reactorSourceRoots, scannedModules.subList(1, scannedModules.size()))
                .flagsFile(flagsFile, ownsFlagsFile).flagsFilePlaces(flagsFilePlaces).today(today).warnDays(warnDays).apis(apis)
                .includes(includes).excludes(excludes).policy(policy).severities(severities)
                .baselineFile(baselineFile);
    }

    /** This module's name, for messages. */
    public String module() {
        return module;
    }

    /** This module's directory; report paths are relative to it. */
    public Path moduleDir() {
        return moduleDir;
    }

    /** This module's source roots: its call sites are checked. */
    public List<SourceRoot> sourceRoots() {
        return sourceRoots;
    }

    /** Other modules' source roots: read for constants and to know which flags are used anywhere, never reported on. */
    public List<SourceRoot> reactorSourceRoots() {
        return reactorSourceRoots;
    }

    /** Names of every module whose sources are scanned, this one first. */
    public List<String> scannedModules() {
        return scannedModules;
    }

    /** The flags file, or {@code null} when none was found. */
    public Path flagsFile() {
        return flagsFile;
    }

    /**
     * Where the flags file was looked for, in order, for the message when there is none: the configured
     * file, or the places of the documented lookup.
     */
    public List<Path> flagsFilePlaces() {
        return flagsFilePlaces;
    }

    /** Whether this module reports on the flags file itself (its metadata, its unused flags). */
    public boolean ownsFlagsFile() {
        return ownsFlagsFile;
    }

    /** The day to check expiry against. */
    public LocalDate today() {
        return today;
    }

    /** Days ahead that {@code expiring-soon} warns about. */
    public int warnDays() {
        return warnDays;
    }

    /** The flag APIs whose calls are call sites. */
    public List<FlagApi> apis() {
        return apis;
    }

    /** Glob patterns (relative to the module) of files to scan; empty means all. */
    public List<String> includes() {
        return includes;
    }

    /** Glob patterns of files to skip. */
    public List<String> excludes() {
        return excludes;
    }

    /** The team's metadata policy. */
    public Policy policy() {
        return policy;
    }

    /** Per-rule severity overrides. */
    public SeverityOverrides severities() {
        return severities;
    }

    /** The baseline to apply, or {@code null} for none (a file that does not exist means none). */
    public Path baselineFile() {
        return baselineFile;
    }

    /** The scan this request asks for. */
    public ScanRequest scan() {
        return new ScanRequest(sourceRoots, reactorSourceRoots, apis, includes, excludes);
    }

    /** Builds a {@link LintRequest}; everything but the module, its directory and today has a default. */
    public static final class Builder {

        private final String module;
        private final Path moduleDir;
        private List<SourceRoot> sourceRoots = List.of();
        private List<SourceRoot> reactorSourceRoots = List.of();
        private List<String> otherModules = List.of();
        private Path flagsFile;
        private List<Path> flagsFilePlaces;
        private boolean ownsFlagsFile = true;
        private LocalDate today;
        private int warnDays = 14;
        private List<FlagApi> apis = List.of(FlagApi.FLAG_RUNTIME);
        private List<String> includes = List.of();
        private List<String> excludes = List.of();
        private Policy policy = Policy.NONE;
        private SeverityOverrides severities = SeverityOverrides.NONE;
        private Path baselineFile;

        private Builder(String module, Path moduleDir) {
            this.module = module;
            this.moduleDir = moduleDir;
        }

        /** This module's source roots (default: none). */
        public Builder sourceRoots(List<SourceRoot> roots) {
            this.sourceRoots = roots;
            return this;
        }

        /**
         * The other modules whose sources are read, never reported on: their roots and their names
         * (default: none).
         */
        public Builder otherModules(List<SourceRoot> roots, List<String> names) {
            this.reactorSourceRoots = roots;
            this.otherModules = names;
            return this;
        }

        /** The flags file, or {@code null} for none; {@code owns}: whether this module reports on the file itself. */
        public Builder flagsFile(Path file, boolean owns) {
            this.flagsFile = file;
            this.ownsFlagsFile = owns;
            this.flagsFilePlaces = null; // the places looked at belong to the file; set them after it
            return this;
        }

        /** Where the flags file was looked for (default: the flags file itself, if any). */
        public Builder flagsFilePlaces(List<Path> places) {
            this.flagsFilePlaces = places;
            return this;
        }

        public Builder today(LocalDate day) {
            this.today = day;
            return this;
        }

        /** Default 14. */
        public Builder warnDays(int days) {
            this.warnDays = days;
            return this;
        }

        /** Default: flag-runtime's {@code FeatureFlags}. */
        public Builder apis(List<FlagApi> list) {
            this.apis = list;
            return this;
        }

        public Builder includes(List<String> globs) {
            this.includes = globs;
            return this;
        }

        public Builder excludes(List<String> globs) {
            this.excludes = globs;
            return this;
        }

        /** Default: no policy. */
        public Builder policy(Policy p) {
            this.policy = Objects.requireNonNull(p);
            return this;
        }

        /** Default: none. */
        public Builder severities(SeverityOverrides overrides) {
            this.severities = Objects.requireNonNull(overrides);
            return this;
        }

        /** The baseline to apply, or {@code null} (default) for none. */
        public Builder baselineFile(Path file) {
            this.baselineFile = file;
            return this;
        }

        public LintRequest build() {
            return new LintRequest(this);
        }
    }
}
