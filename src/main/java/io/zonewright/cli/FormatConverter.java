package io.zonewright.cli;

import io.zonewright.report.ReportFormat;
import picocli.CommandLine;

import java.util.Locale;

/** Report formats are written in lower case on the command line. */
final class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
        try {
            return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a format (text, json, sarif, markdown)");
        }
    }
}
