package io.zonewright.export.aws;

import io.zonewright.export.Unexpressed;

import java.util.ArrayList;
import java.util.List;

/**
 * One Terraform file of the AWS target: its text, and what rendering it found it could not express, the
 * quotas it passes and how many rules it holds (read after {@link #render()}).
 */
abstract class TerraformFile {

    protected final List<Unexpressed> unexpressed = new ArrayList<>();
    protected final List<String> warnings = new ArrayList<>();
    protected int rules;

    abstract String render();

    List<Unexpressed> unexpressed() {
        return unexpressed;
    }

    List<String> warnings() {
        return warnings;
    }

    int rules() {
        return rules;
    }
}
