package io.zonewright.analysis;

import java.time.LocalDate;

/**
 * Tunable thresholds of the analysis.
 *
 * @param blastRadiusShare a service whose compromise reaches more than this share of all services is reported
 * @param widePortRange    a connection opening more ports than this is reported as a wide range
 * @param today            the day waivers are checked against
 */
public record AnalysisOptions(double blastRadiusShare, int widePortRange, LocalDate today) {

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(0.5, 100, LocalDate.now());
    }

    public AnalysisOptions withToday(LocalDate day) {
        return new AnalysisOptions(blastRadiusShare, widePortRange, day);
    }

    public AnalysisOptions withBlastRadiusShare(double share) {
        return new AnalysisOptions(share, widePortRange, today);
    }
}
