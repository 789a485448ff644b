package io.zonewright.kube;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zonewright.text.Csv;
import io.zonewright.text.Markdown;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ways a connectivity list is written: {@code txt} line for line as np-guard's netpol-analyzer prints
 * it, so that its outputs compare; CSV and JSON for tools; a Markdown table for a review; Graphviz for a
 * picture, with workloads in their namespace's box.
 */
public enum ConnlistFormat {
    TXT, CSV, JSON, MD, DOT;

    public static ConnlistFormat parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + text + "' (txt, csv, json, md or dot)");
        }
    }

    public String render(Connectivity connectivity) {
        List<Allowed> allowed = connectivity.allowed();
        return switch (this) {
            case TXT -> String.join("", connectivity.lines().stream().map(line -> line + "\n").toList());
            case CSV -> csv(allowed);
            case JSON -> json(allowed);
            case MD -> markdown(allowed);
            case DOT -> dot(connectivity);
        };
    }

    private static String csv(List<Allowed> allowed) {
        StringBuilder out = new StringBuilder();
        Csv.append(out, "src", "dst", "conn");
        allowed.forEach(a -> Csv.append(out, a.from().id(), a.to().id(), Connectivity.text(a.ports())));
        return out.toString();
    }

    private static String json(List<Allowed> allowed) {
        List<Map<String, String>> rows = allowed.stream().map(a -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("src", a.from().id());
            row.put("dst", a.to().id());
            row.put("conn", Connectivity.text(a.ports()));
            return row;
        }).toList();
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String markdown(List<Allowed> allowed) {
        StringBuilder out = new StringBuilder("| src | dst | conn |\n|-----|-----|------|\n");
        for (Allowed a : allowed) {
            out.append("| ").append(Markdown.text(a.from().id())).append(" | ").append(Markdown.text(a.to().id()))
                    .append(" | ").append(Markdown.text(Connectivity.text(a.ports()))).append(" |\n");
        }
        return out.toString();
    }

    private static String dot(Connectivity connectivity) {
        Map<String, List<String>> namespaces = new TreeMap<>();
        Map<String, String> others = new TreeMap<>();
        for (Allowed a : connectivity.allowed()) {
            for (End e : List.of(a.from(), a.to())) {
                if (e instanceof End.Pods p) {
                    List<String> members = namespaces.computeIfAbsent(p.workload().namespace(), ns -> new ArrayList<>());
                    if (!members.contains(e.id())) {
                        members.add(e.id());
                    }
                } else {
                    others.put(e.id(), e instanceof End.External ? "red2" : "darkorange");
                }
            }
        }
        StringBuilder out = new StringBuilder("digraph {\n");
        others.forEach((id, color) -> out.append("\t").append(quoted(id)).append(" [label=").append(quoted(id))
                .append(" color=\"").append(color).append("\" fontcolor=\"").append(color).append("\"]\n"));
        int cluster = 0;
        for (Map.Entry<String, List<String>> ns : namespaces.entrySet()) {
            out.append("\tsubgraph cluster_").append(cluster++).append(" {\n\t\tlabel=").append(quoted(ns.getKey())).append("\n");
            ns.getValue().stream().sorted().forEach(id -> out.append("\t\t").append(quoted(id)).append(" [label=")
                    .append(quoted(id.substring(id.indexOf('/') + 1))).append(" color=\"blue\" fontcolor=\"blue\"]\n"));
            out.append("\t}\n");
        }
        for (Allowed a : connectivity.allowed()) {
            out.append("\t").append(quoted(a.from().id())).append(" -> ").append(quoted(a.to().id())).append(" [label=")
                    .append(quoted(Connectivity.text(a.ports()))).append(" color=\"gold2\" fontcolor=\"darkgreen\"]\n");
        }
        return out.append("}\n").toString();
    }

    /** A DOT string: quotes and backslashes escaped, line breaks never written as such. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append("\\n");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }
}
