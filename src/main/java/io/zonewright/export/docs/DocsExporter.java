package io.zonewright.export.docs;

import io.zonewright.export.ExportInput;
import io.zonewright.export.Exporter;
import io.zonewright.export.GeneratedFile;
import io.zonewright.export.Target;
import io.zonewright.export.TargetOutput;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The documentation of a design: {@code docs/connections.md} and the self-contained {@code docs/index.html}. */
public final class DocsExporter implements Exporter {

    @Override
    public Target target() {
        return Target.DOCS;
    }

    @Override
    public TargetOutput export(ExportInput input) {
        DocsContent content = DocsContent.of(input.flows(), input.report());
        int rows = content.table().sections().stream().mapToInt(s -> s.rows().size()).sum();
        CompletableFuture<String> html = CompletableFuture.supplyAsync(() -> HtmlPage.render(content));
        String markdown = MarkdownPage.render(content);
        return new TargetOutput(Target.DOCS, List.of(
                new GeneratedFile("docs/connections.md", markdown),
                new GeneratedFile("docs/index.html", html.join())), rows, List.of(), List.of(), List.of());
    }
}
