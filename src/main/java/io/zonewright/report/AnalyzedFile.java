package io.zonewright.report;

import io.zonewright.analysis.Report;

/** One design file and the analysis of it, as the reports present them. */
public record AnalyzedFile(String file, Report report) {
}
