package io.zonewright.cli;

import io.zonewright.Designs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code zonewright report}: the review page, printed to PDF by headless Chromium and read back with poppler. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private static String run(Path folder, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " ends");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }

    @Test
    void theReviewPagePrintsOnA4WithEverySection() throws Exception {
        Path out = dir.resolve("review");
        Cli cli = Cli.run("report", Designs.FLAWED.toString(), "--out", out.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        Path page = out.resolve("index.html");
        String html = Files.readString(page);
        for (String section : List.of("<h2>Allowed connections</h2>", "<h2>Zones</h2>", "<h2>Zone policy</h2>", "<h2>Findings</h2>",
                "<h2>Waivers</h2>", "<svg")) {
            assertTrue(html.contains(section), section);
        }
        Path pdf = dir.resolve("review.pdf");
        run(dir, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, page.toUri().toString());
        String info = run(dir, "pdfinfo", pdf.toString());
        assertTrue(info.contains("(A4)"), info);
        int pages = Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().split("\\s+")[1]);
        assertTrue(pages >= 2 && pages <= 12, "pages: " + pages);
        String text = run(dir, "pdftotext", "-layout", pdf.toString(), "-");
        assertTrue(text.contains("Network boundaries: "), text);
        assertTrue(text.contains("ZW201"), "the attack path finding is printed");
        assertTrue(text.contains("Waivers") && text.contains("Zone policy"), text);
    }

    @Test
    void aBrokenDesignIsNotReported() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "zonewright: 1\nzones: [\n");
        assertEquals(2, Cli.run("report", broken.toString(), "--out", dir.resolve("r").toString()).exitCode());
        assertTrue(!Files.exists(dir.resolve("r/index.html")));
        assertEquals(2, Cli.run("report", Designs.ARTICLE.toString()).exitCode(), "--out is required");
    }
}
