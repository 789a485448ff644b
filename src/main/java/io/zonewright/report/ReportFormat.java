package io.zonewright.report;

import java.util.List;

/** The formats of {@code zonewright check}; each renders the analysed files to one text. */
public enum ReportFormat {
    TEXT {
        @Override
        public String render(List<AnalyzedFile> files) {
            return TextReport.render(files);
        }
    },
    JSON {
        @Override
        public String render(List<AnalyzedFile> files) {
            return JsonReport.render(files);
        }
    },
    SARIF {
        @Override
        public String render(List<AnalyzedFile> files) {
            return SarifReport.render(files);
        }
    },
    MARKDOWN {
        @Override
        public String render(List<AnalyzedFile> files) {
            return MarkdownReport.render(files);
        }
    };

    public abstract String render(List<AnalyzedFile> files);
}
