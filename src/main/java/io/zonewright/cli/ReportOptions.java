package io.zonewright.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/** What the commands that compare and report (audit, diff) take alike: where the report goes, and the day waivers are read on. */
final class ReportOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = OptionValues.Day.class,
            description = "The day the design's waivers are checked against (default: today).")
    LocalDate today;

    LocalDate day() {
        return today == null ? LocalDate.now() : today;
    }
}
