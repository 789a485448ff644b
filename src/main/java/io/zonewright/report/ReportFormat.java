package io.zonewright.report;

import io.zonewright.io.Diagnostic;

import java.util.List;

/** The formats of {@code zonewright check}; each renders the analysed files to one text. */
public enum ReportFormat {
    TEXT {
        @Override
        public String render(List<AnalyzedFile> files, List<Diagnostic> unreadable) {
            return TextReport.render(files);
        }
    },
    JSON {
        @Override
        public String render(List<AnalyzedFile> files, List<Diagnostic> unreadable) {
            return JsonReport.render(files, unreadable);
        }
    },
    SARIF {
        @Override
        public String render(List<AnalyzedFile> files, List<Diagnostic> unreadable) {
            return SarifReport.render(files, unreadable);
        }
    },
    MARKDOWN {
        @Override
        public String render(List<AnalyzedFile> files, List<Diagnostic> unreadable) {
            return MarkdownReport.render(files, unreadable);
        }
    };

    /**
     * The report of the analysed files; {@code unreadable} are the problems of the files that could not be
     * analysed, which the formats that can say so carry too.
     */
    public abstract String render(List<AnalyzedFile> files, List<Diagnostic> unreadable);
}
