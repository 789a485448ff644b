package io.zonewright.export;

/** A file an export makes: its path inside the output folder ('/'-separated) and its text. */
public record GeneratedFile(String path, String content) {
}
