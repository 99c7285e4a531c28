package dev.flaglint.lint.scan.cache;

import dev.flaglint.lint.model.ApiOrigin;
import dev.flaglint.lint.model.CallKind;
import dev.flaglint.lint.model.CallSite;
import dev.flaglint.lint.model.FlagApi;
import dev.flaglint.lint.model.KeyAffix;
import dev.flaglint.lint.model.KeyResolution;
import dev.flaglint.lint.model.ValueKind;
import dev.flaglint.lint.model.ValueRead;
import dev.flaglint.lint.model.WrapperCandidate;
import dev.flaglint.lint.source.FileStamp;
import dev.flaglint.lint.source.ParseFailure;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index's file format: plain length-prefixed binary. A re-run reads it before anything else, so
 * it must load in milliseconds even for ten thousand files; JSON data binding took half a second
 * cold. Versioned by a magic number: an unknown version is simply not used.
 */
final class IndexCodec {

    private static final int MAGIC = 0x464c4934; // "FLI4"

    private IndexCodec() {
    }

    static void write(ScanIndex index, OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
        out.writeInt(MAGIC);
        string(out, index.fingerprint());
        strings(out, index.covered());
        strings(out, index.typeNames());
        out.writeInt(index.files().size());
        for (Map.Entry<String, ScanIndex.Entry> e : index.files().entrySet()) {
            string(out, e.getKey());
            FileStamp stamp = e.getValue().stamp();
            out.writeLong(stamp.size());
            out.writeLong(stamp.modifiedNanos());
            out.writeLong(stamp.changedNanos());
            string(out, stamp.fileKey());
            strings(out, e.getValue().calls());
            strings(out, e.getValue().mentions());
            strings(out, e.getValue().declares());
            out.writeLong(e.getValue().contentHash());
        }
        out.writeInt(index.callSites().size());
        for (Map.Entry<String, List<CallSite>> e : index.callSites().entrySet()) {
            string(out, e.getKey());
            out.writeInt(e.getValue().size());
            for (CallSite s : e.getValue()) {
                string(out, s.file());
                out.writeInt(s.line());
                out.writeInt(s.column());
                string(out, s.key());
                string(out, s.expression());
                string(out, s.resolution().label());
                string(out, s.pattern());
                string(out, s.api());
                string(out, s.origin().label());
                out.writeBoolean(s.test());
                strings(out, s.suppressed());
                string(out, s.reads() == null ? null : s.reads().name());
                string(out, s.kind().label());
            }
        }
        out.writeInt(index.wrappers().size());
        for (WrapperCandidate w : index.wrappers()) {
            string(out, w.type());
            string(out, w.method());
            out.writeInt(w.parameter());
            out.writeInt(w.arity());
            api(out, w.wraps());
            string(out, w.wrapsMethod());
            string(out, w.file());
            out.writeInt(w.line());
            affix(out, w.affix());
            string(out, w.enumMember());
            string(out, w.kind().label());
        }
        out.writeInt(index.failures().size());
        for (Map.Entry<String, ScanIndex.Failure> e : index.failures().entrySet()) {
            string(out, e.getKey());
            out.writeInt(e.getValue().line());
            out.writeInt(e.getValue().column());
            string(out, e.getValue().kind().name());
            string(out, e.getValue().message());
        }
        out.flush();
    }

    /** The index, or {@code null} when the data is not this format. */
    static ScanIndex read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16));
        if (in.readInt() != MAGIC) {
            return null;
        }
        String fingerprint = string(in);
        Set<String> covered = strings(in);
        Set<String> typeNames = strings(in);
        int fileCount = in.readInt();
        Map<String, ScanIndex.Entry> files = new LinkedHashMap<>(fileCount * 2);
        for (int i = 0; i < fileCount; i++) {
            files.put(string(in), new ScanIndex.Entry(new FileStamp(in.readLong(), in.readLong(), in.readLong(),
                    string(in)), strings(in), strings(in), strings(in), in.readLong()));
        }
        int siteFiles = in.readInt();
        Map<String, List<CallSite>> callSites = new LinkedHashMap<>();
        for (int i = 0; i < siteFiles; i++) {
            String path = string(in);
            int n = in.readInt();
            List<CallSite> sites = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                sites.add(new CallSite(string(in), in.readInt(), in.readInt(), string(in), string(in),
                        KeyResolution.byLabel(string(in)), string(in), string(in), ApiOrigin.byLabel(string(in)),
                        in.readBoolean(), strings(in), valueKind(string(in)), CallKind.byLabel(string(in))));
            }
            callSites.put(path, sites);
        }
        int wrapperCount = in.readInt();
        List<WrapperCandidate> wrappers = new ArrayList<>();
        for (int i = 0; i < wrapperCount; i++) {
            wrappers.add(new WrapperCandidate(string(in), string(in), in.readInt(), in.readInt(), api(in), string(in),
                    string(in), in.readInt(), affix(in), string(in), CallKind.byLabel(string(in))));
        }
        int failureCount = in.readInt();
        Map<String, ScanIndex.Failure> failures = new LinkedHashMap<>();
        for (int i = 0; i < failureCount; i++) {
            failures.put(string(in), new ScanIndex.Failure(in.readInt(), in.readInt(),
                    ParseFailure.Kind.valueOf(string(in)), string(in)));
        }
        return new ScanIndex(fingerprint, covered, typeNames, files, callSites, wrappers, failures);
    }

    private static void api(DataOutputStream out, FlagApi api) throws IOException {
        string(out, api.type());
        strings(out, api.methods());
        out.writeInt(api.keyArgument());
        out.writeBoolean(api.keyIsReceiver());
        string(out, api.enumKey().name());
        string(out, api.origin().label());
        out.writeInt(api.arity());
        out.writeBoolean(api.matchSubtypes());
        out.writeInt(api.reads().size());
        for (Map.Entry<String, ValueRead> read : api.reads().entrySet()) {
            string(out, read.getKey());
            string(out, read.getValue().kind() == null ? null : read.getValue().kind().name());
            out.writeInt(read.getValue().classArgument());
        }
        string(out, api.enumMember());
        affix(out, api.affix());
        string(out, api.kind().label());
    }

    private static void affix(DataOutputStream out, KeyAffix affix) throws IOException {
        string(out, affix.prefix());
        string(out, affix.suffix());
    }

    private static KeyAffix affix(DataInputStream in) throws IOException {
        return new KeyAffix(string(in), string(in));
    }

    private static FlagApi api(DataInputStream in) throws IOException {
        String type = string(in);
        Set<String> methods = strings(in);
        int keyArgument = in.readInt();
        boolean keyIsReceiver = in.readBoolean();
        FlagApi.EnumKey enumKey = FlagApi.EnumKey.valueOf(string(in));
        ApiOrigin origin = ApiOrigin.byLabel(string(in));
        int arity = in.readInt();
        boolean matchSubtypes = in.readBoolean();
        int readCount = in.readInt();
        Map<String, ValueRead> reads = new LinkedHashMap<>();
        for (int i = 0; i < readCount; i++) {
            reads.put(string(in), new ValueRead(valueKind(string(in)), in.readInt()));
        }
        return new FlagApi(type, methods, keyArgument, keyIsReceiver, enumKey, origin, arity, matchSubtypes, reads,
                string(in), affix(in), CallKind.byLabel(string(in)));
    }

    private static ValueKind valueKind(String name) {
        return name == null ? null : ValueKind.valueOf(name);
    }

    /** A nullable string: length (-1 for null) and UTF-8 bytes, with no 64 KiB limit. */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, Set<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            string(out, s);
        }
    }

    private static Set<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        Set<String> result = new HashSet<>(n * 2);
        for (int i = 0; i < n; i++) {
            result.add(string(in));
        }
        return result;
    }
}
