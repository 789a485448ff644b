package io.zonewright.kube;

import io.zonewright.io.DocumentFiles;
import io.zonewright.io.DocumentNode;
import io.zonewright.io.Progress;
import io.zonewright.io.Problems;
import io.zonewright.io.YamlNode;
import io.zonewright.model.SourceLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Kubernetes objects of files and folders (recursively): YAML or JSON, several documents per file,
 * {@code List} wrappers as kubectl prints them, Helm output with its comments. Objects of kinds the
 * analysis does not use are counted and skipped; a broken document is reported and the rest still read.
 */
public final class Manifests {

    /** The kinds that make workloads, their addresses and the policies between them. */
    static final Set<String> KINDS = Set.of("Namespace", "Pod", "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet",
            "Job", "CronJob", "ReplicationController", "Service", "NetworkPolicy", "Ingress", "Route");

    private final List<KubeObject> objects = new ArrayList<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final Problems problems = new Problems();
    private int files;

    private Manifests() {
    }

    /** Reads every path: a file whatever its name, a folder's files ending in .yaml, .yml or .json. */
    public static Manifests read(List<Path> paths) {
        return read(paths, Progress.NONE);
    }

    /** Reads every path, telling {@code progress} before each file. */
    public static Manifests read(List<Path> paths, Progress progress) {
        Manifests manifests = new Manifests();
        List<Path> files = new ArrayList<>();
        paths.forEach(path -> files.addAll(manifests.files(path)));
        for (int i = 0; i < files.size(); i++) {
            progress.step(i, files.size(), "Reading " + files.get(i));
            manifests.readFile(files.get(i));
        }
        return manifests;
    }

    /** Reads one text, as if it were a file named {@code fileName}. */
    public static Manifests parse(String text, String fileName) {
        Manifests manifests = new Manifests();
        manifests.add(DocumentFiles.parse(text, fileName));
        return manifests;
    }

    private List<Path> files(Path path) {
        if (path.toString().equals("-") || Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            problems.add(SourceLocation.of(path.toString(), 0, 0), Files.exists(path)
                    ? "not a file or a folder" : "no such file or folder");
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(Manifests::isManifestName).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(SourceLocation.of(path.toString(), 0, 0), "cannot read the folder: " + e.getMessage());
            return List.of();
        }
    }

    private static boolean isManifestName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private void readFile(Path file) {
        add(DocumentFiles.read(file));
    }

    private void add(DocumentFiles.Documents documents) {
        files++;
        problems.addAll(documents.problems());
        for (YamlNode document : documents.documents()) {
            object(document, null);
        }
    }

    /** An object, or the items of a list; {@code listKind} is the kind a {@code PodList}'s items have. */
    private void object(YamlNode tree, String listKind) {
        DocumentNode node = new DocumentNode(tree, problems);
        if (!node.isMap()) {
            node.problem("expected a Kubernetes object (a mapping with a kind), found " + node.describe());
            return;
        }
        String kind = node.text("kind");
        if (kind.isEmpty()) {
            kind = listKind;
        }
        if (kind == null || kind.isEmpty()) {
            node.problem("a Kubernetes object needs a kind");
            return;
        }
        if (kind.endsWith("List") && node.has("items")) {
            String itemKind = kind.equals("List") ? null : kind.substring(0, kind.length() - "List".length());
            for (DocumentNode item : node.list("items")) {
                object(item.tree(), itemKind);
            }
            return;
        }
        if (!KINDS.contains(kind)) {
            skipped.merge(kind, 1, Integer::sum);
            return;
        }
        KubeObject object = KubeObject.of(kind, tree, problems);
        if (object.name().isEmpty()) {
            object.content().problem(kind + " without metadata.name");
            return;
        }
        objects.add(object);
    }

    List<KubeObject> objects() {
        return Collections.unmodifiableList(objects);
    }

    public int objectCount() {
        return objects.size();
    }

    public int fileCount() {
        return files;
    }

    /** How many objects of each kind the analysis does not use were skipped. */
    public Map<String, Integer> skippedKinds() {
        return Collections.unmodifiableMap(skipped);
    }

    public Problems problems() {
        return problems;
    }
}
