package io.zonewright.export;

import io.zonewright.analysis.AnalysisOptions;
import io.zonewright.analysis.Analyzer;
import io.zonewright.model.Topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A design exported in memory, as tests look at it: the outputs per target and the files by path. */
public record Exported(List<TargetOutput> outputs, Map<String, String> files) {

    /** The day the tests judge waivers on, so that the documentation stays the same from day to day. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    public static Exported of(Topology topology, ExportOptions options, Target... targets) {
        Set<Target> chosen = targets.length == 0 ? EnumSet.allOf(Target.class) : EnumSet.copyOf(List.of(targets));
        List<TargetOutput> outputs = Export.run(topology, chosen, options,
                () -> Analyzer.analyze(topology, AnalysisOptions.defaults().withToday(TODAY)));
        Map<String, String> files = new LinkedHashMap<>();
        outputs.forEach(o -> o.files().forEach(f -> files.put(f.path(), f.content())));
        return new Exported(outputs, files);
    }

    public static Exported of(Topology topology, Target... targets) {
        return of(topology, ExportOptions.defaults(), targets);
    }

    public String file(String path) {
        String text = files.get(path);
        if (text == null) {
            throw new AssertionError("no file " + path + " among " + files.keySet());
        }
        return text;
    }

    public TargetOutput output(Target target) {
        return outputs.stream().filter(o -> o.target() == target).findFirst().orElseThrow();
    }

    public List<Unexpressed> unexpressed() {
        return outputs.stream().flatMap(o -> o.unexpressed().stream()).toList();
    }

    /** Writes the files under {@code dir}, for a checker to read. */
    public void writeTo(Path dir) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
    }

    /** The written files whose name ends with {@code suffix}. */
    public List<Path> written(Path dir, String suffix) {
        return files.keySet().stream().filter(p -> p.endsWith(suffix)).map(dir::resolve).toList();
    }
}
