package io.zonewright.dist;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The .deb as a user's machine gets it, unpacked into a scratch root: its desktop entry, icon and
 * dependencies, the command on the PATH, and the bundled runtime running the command line with no display.
 * The package is built where Debian's packaging tools are (the installer profile); elsewhere this test
 * has nothing to check.
 */
class LinuxPackageIT {

    @TempDir
    static Path root;

    private static Path deb;

    @BeforeAll
    static void unpack() throws Exception {
        Path built = Path.of("target/installer");
        assumeTrue(Files.isDirectory(built), "no .deb was built here (no dpkg-deb)");
        try (Stream<Path> files = Files.list(built)) {
            deb = files.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        assertEquals(0, run("dpkg-deb", "-x", deb.toString(), root.toString()).exitCode);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Path out = Files.createTempFile("zw-run", ".txt");
        Process p = pb.redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " ends");
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        return new Result(p.exitValue(), text);
    }

    @Test
    void theMenuEntryIconAndDependenciesAreWhatADesktopNeeds() throws Exception {
        Path desktop = root.resolve("usr/share/applications/zonewright.desktop");
        String entry = Files.readString(desktop);
        assertTrue(entry.contains("Name=Zonewright\n") && entry.contains("Exec=/opt/zonewright/bin/zonewright %f\n")
                && entry.contains("Icon=zonewright\n") && entry.contains("MimeType=application/x-zonewright+yaml;\n"), entry);
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/desktop-file-validate")), "desktop-file-utils is not installed");
        Result valid = run("desktop-file-validate", desktop.toString());
        assertEquals(0, valid.exitCode, valid.output);
        assertEquals("", valid.output.strip(), "no warnings or hints");

        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512}) {
            BufferedImage icon = ImageIO.read(root.resolve("usr/share/icons/hicolor/" + size + "x" + size + "/apps/zonewright.png").toFile());
            assertEquals(size, icon.getWidth(), "icon of " + size);
            assertEquals(size, icon.getHeight(), "icon of " + size);
        }
        assertTrue(Files.readString(root.resolve("usr/share/icons/hicolor/scalable/apps/zonewright.svg")).contains("<svg"));
        assertTrue(Files.readString(root.resolve("usr/share/mime/packages/zonewright.xml"))
                .contains("<mime-type type=\"application/x-zonewright+yaml\">"));

        String control = run("dpkg-deb", "-f", deb.toString(), "Depends").output;
        for (String needed : List.of("libgtk-3-0", "libgl1")) {
            assertTrue(control.contains(needed), needed + " in " + control);
        }
    }

    @Test
    void installingAndRemovingNeedNoDesktop() throws Exception {
        // jpackage's own maintainer scripts registered the menu entry with xdg-utils, which exits 3 where no
        // desktop ever made its menu folders, and failed installation and removal with it.
        for (String script : List.of("preinst", "postinst", "prerm", "postrm")) {
            String text = run("dpkg-deb", "-I", deb.toString(), script).output;
            assertTrue(!text.contains("xdg-"), script + " calls no xdg tool: " + text);
            Path file = Files.writeString(root.resolve(script + ".sh"), text);
            Result syntax = run("sh", "-n", file.toString());
            assertEquals(0, syntax.exitCode, script + ": " + syntax.output);
        }
    }

    @Test
    void theCommandOnThePathRunsTheCommandLineWithTheBundledRuntime() throws Exception {
        Path onPath = root.resolve("usr/bin/zonewright");
        assertTrue(Files.isSymbolicLink(onPath));
        assertEquals(Path.of("/opt/zonewright/bin/zonewright"), Files.readSymbolicLink(onPath));
        String launcher = root.resolve("opt/zonewright/bin/zonewright").toString();
        Result version = run(launcher, "--version");
        assertEquals(0, version.exitCode, version.output);
        assertTrue(version.output.startsWith("zonewright "), version.output);
        Result check = run(launcher, "check", Path.of("samples/three-zone-webapp.yaml").toAbsolutePath().toString());
        assertEquals(0, check.exitCode, check.output);
        Result flawed = run(launcher, "check", Path.of("samples/flawed-design.yaml").toAbsolutePath().toString());
        assertEquals(1, flawed.exitCode, flawed.output);
        Result editor = run(launcher);
        assertEquals(2, editor.exitCode, "without a display the editor says so: " + editor.output);
        assertTrue(editor.output.contains("the editor needs a display"), editor.output);
    }

    @Test
    void theInstalledLauncherHoldsC2BackForTheStart() throws Exception {
        Result flags = run("env", "JAVA_TOOL_OPTIONS=-XX:+PrintFlagsFinal",
                root.resolve("opt/zonewright/bin/zonewright").toString(), "--version");
        assertEquals(0, flags.exitCode, flags.output);
        for (String flag : List.of("Tier4InvocationThreshold += 100000", "Tier4MinInvocationThreshold += 12000",
                "Tier4CompileThreshold += 300000", "Tier4BackEdgeThreshold += 800000", "UseSerialGC += true")) {
            assertTrue(java.util.regex.Pattern.compile("\\b" + flag + "\\b").matcher(flags.output).find(),
                    flag + " in what the launcher's JVM runs with");
        }
    }

    @Test
    void theEditorStartsWithJavaFxsNativeLibrariesAsTheyAreInstalled() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "xvfb-run is needed to start the editor");
        Path home = Files.createDirectories(root.resolve("scratch-home"));
        Result started = run("env", "HOME=" + home, "JAVA_TOOL_OPTIONS=-Djavafx.verbose=true", "ZONEWRIGHT_STARTUP_PROBE=1",
                "xvfb-run", "-a", "-s", "-screen 0 1280x800x24", root.resolve("opt/zonewright/bin/zonewright").toString());
        assertEquals(0, started.exitCode, started.output);
        assertTrue(started.output.contains("first frame at "), started.output);
        for (String library : List.of("glass", "glassgtk3", "prism_sw", "javafx_font")) {
            assertTrue(started.output.contains("/opt/zonewright/lib/app/lib/./lib" + library + ".so from relative path"),
                    library + " is loaded from the installed file: " + started.output);
        }
        assertTrue(!started.output.contains("from resource"), "nothing is unpacked from a jar: " + started.output);
        assertTrue(!Files.exists(home.resolve(".openjfx")), "nothing is cached in the user's home");
    }

    @Test
    void theClassesOfAFirstStartAreSharedOnceInstalled() throws Exception {
        Path app = root.resolve("opt/zonewright");
        Path classList = app.resolve("lib/app/zonewright.classlist");
        if (!Files.isExecutable(Path.of("/usr/bin/xvfb-run"))) {
            assumeTrue(Files.exists(classList), "without xvfb-run the build may not start the editor to record its classes");
        }
        assertTrue(Files.exists(classList), "the build recorded the classes of the editor's start");
        assertTrue(Files.readString(classList).contains("io/zonewright/ui/MainWindow"), "the editor's own classes are listed");
        assertTrue(!Files.exists(app.resolve("lib/app/zonewright.jsa")), "the archive is made where the package is installed, not shipped");
        String postinst = run("dpkg-deb", "-I", deb.toString(), "postinst").output;
        assertTrue(postinst.contains("/opt/zonewright/lib/zonewright-cds.sh /opt/zonewright"), postinst);
        assertTrue(run("dpkg-deb", "-I", deb.toString(), "prerm").output.contains("rm -f /opt/zonewright/lib/app/zonewright.jsa"));

        // What postinst does, here where it was unpacked: the archive then maps, or Java would refuse with -Xshare:on.
        Result made = run(app.resolve("lib/zonewright-cds.sh").toString(), app.toString());
        assertEquals(0, made.exitCode, made.output);
        String cfg = Files.readString(app.resolve("lib/app/zonewright.cfg"));
        assertTrue(cfg.contains("java-options=-XX:SharedArchiveFile=$APPDIR/zonewright.jsa"), cfg);
        String classPath = cfg.lines().filter(l -> l.startsWith("app.classpath="))
                .map(l -> l.substring("app.classpath=".length()).replace("$APPDIR", app.resolve("lib/app").toString()))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        Result shared = run(app.resolve("lib/runtime/bin/java").toString(), "-Xshare:on",
                "-XX:SharedArchiveFile=" + app.resolve("lib/app/zonewright.jsa"), "-cp", classPath, "io.zonewright.Launcher", "--version");
        assertEquals(0, shared.exitCode, shared.output);
        assertTrue(shared.output.startsWith("zonewright "), shared.output);
    }
}
