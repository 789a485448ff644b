package io.zonewright.export.docs;

import java.util.List;

/** Sentences both pages share. */
final class DocsText {

    private DocsText() {
    }

    static String metadataNote(List<String> connections) {
        return "These connections open destinations broad enough to cover the cloud metadata service "
                + "(169.254.169.254, fd00:ec2::254), which hands out instance credentials: " + String.join(", ", connections)
                + ". The generated host firewalls drop it and the NetworkPolicies leave it out (except); security groups "
                + "cannot filter it, so instances should require IMDSv2. Only a connection that names the address opens it.";
    }
}
