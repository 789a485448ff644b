package io.zonewright.ui.document;

import io.zonewright.export.ExportOptions;
import io.zonewright.export.HostOutbound;
import io.zonewright.export.Target;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.prefs.Preferences;

/**
 * The export a design was last exported with: targets, folder and options. Kept per design file in the
 * user's preferences (a node per file, named by a digest of its path), so that exporting again is one click.
 */
public record ExportSettings(Set<Target> targets, Path folder, ExportOptions options) {

    public ExportSettings {
        targets = targets.isEmpty() ? EnumSet.noneOf(Target.class) : EnumSet.copyOf(targets);
    }

    /** Every target, into a folder beside the design, with the default options. */
    static ExportSettings defaultsFor(Path design) {
        Path folder = design == null ? null : design.toAbsolutePath().resolveSibling("generated");
        return new ExportSettings(EnumSet.allOf(Target.class), folder, ExportOptions.defaults());
    }

    /** What was remembered for the design, or the defaults. */
    public static ExportSettings load(Preferences root, Path design) {
        ExportSettings defaults = defaultsFor(design);
        if (design == null) {
            return defaults;
        }
        Preferences node = node(root, design);
        Set<Target> targets = EnumSet.noneOf(Target.class);
        for (String t : node.get("targets", "").split(",")) {
            if (!t.isEmpty()) {
                targets.add(Target.parse(t));
            }
        }
        Set<HostOutbound> outbound = EnumSet.noneOf(HostOutbound.class);
        for (String h : node.get("outbound", "dns,ntp,dhcp").split(",")) {
            if (!h.isEmpty()) {
                outbound.add(HostOutbound.parse(h));
            }
        }
        String folder = node.get("folder", null);
        return new ExportSettings(targets.isEmpty() ? defaults.targets() : targets,
                folder == null ? defaults.folder() : Path.of(folder),
                new ExportOptions(node.getInt("nftPriority", 0), node.getBoolean("forward", false), outbound));
    }

    public void save(Preferences root, Path design) {
        if (design == null) {
            return;
        }
        Preferences node = node(root, design);
        node.put("targets", String.join(",", targets.stream().map(Target::cliName).toList()));
        node.put("folder", folder.toString());
        node.putInt("nftPriority", options.nftPriority());
        node.putBoolean("forward", options.forward());
        node.put("outbound", String.join(",", options.hostOutbound().stream().map(HostOutbound::cliName).toList()));
    }

    private static Preferences node(Preferences root, Path design) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(design.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return root.node("export").node(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
