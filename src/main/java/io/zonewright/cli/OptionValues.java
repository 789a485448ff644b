package io.zonewright.cli;

import io.zonewright.export.HostOutbound;
import io.zonewright.kube.ConnlistFormat;
import io.zonewright.report.AuditFormat;
import io.zonewright.report.DiffFormat;
import picocli.CommandLine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How option values are read, each refusal in the same words: what was given, what it is not, and what
 * is accepted. Picocli prints them after the option's name.
 */
final class OptionValues {

    private OptionValues() {
    }

    /** --host-outbound: dns, ntp, dhcp or none, as the export and the audit take it. */
    static Set<HostOutbound> hostOutbound(CommandLine command, List<String> names) {
        Set<HostOutbound> outbound = EnumSet.noneOf(HostOutbound.class);
        try {
            names.stream().filter(h -> !h.equals("none")).forEach(h -> outbound.add(HostOutbound.parse(h)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(command, e.getMessage());
        }
        return outbound;
    }

    /** --today and other days: YYYY-MM-DD. */
    static final class Day implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date (write YYYY-MM-DD)");
            }
        }
    }

    /** --fail-on: a severity or never, in any case. */
    static final class FailOn implements CommandLine.ITypeConverter<CheckCommand.Threshold> {
        @Override
        public CheckCommand.Threshold convert(String value) {
            try {
                return CheckCommand.Threshold.valueOf(value.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a severity (critical, high, medium, low or never)");
            }
        }
    }

    /** --blast-radius-share: a share of all services, above 0 and at most 1. */
    static final class Share implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double share;
            try {
                share = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                share = Double.NaN;
            }
            if (!(share > 0 && share <= 1)) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a share of all services (above 0 and at most 1, e.g. 0.5)");
            }
            return share;
        }
    }

    /** A format by name, in any case; refused in the one style, with the names it takes. */
    private abstract static class Format<T> implements CommandLine.ITypeConverter<T> {
        private final java.util.function.Function<String, T> parse;
        private final String names;

        Format(java.util.function.Function<String, T> parse, String names) {
            this.parse = parse;
            this.names = names;
        }

        @Override
        public T convert(String value) {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format (" + names + ")");
            }
        }
    }

    /** connlist --format. */
    static final class Connlist extends Format<ConnlistFormat> {
        Connlist() {
            super(ConnlistFormat::parse, "txt, csv, json, md or dot");
        }
    }

    /** audit --format. */
    static final class Audit extends Format<AuditFormat> {
        Audit() {
            super(AuditFormat::parse, "text, json, markdown or sarif");
        }
    }

    /** diff --format. */
    static final class Diff extends Format<DiffFormat> {
        Diff() {
            super(DiffFormat::parse, "text, json, markdown or sarif");
        }
    }
}
