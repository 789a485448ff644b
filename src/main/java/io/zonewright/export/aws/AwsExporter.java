package io.zonewright.export.aws;

import io.zonewright.export.ExportInput;
import io.zonewright.export.Exporter;
import io.zonewright.export.GeneratedFile;
import io.zonewright.export.Target;
import io.zonewright.export.TargetOutput;
import io.zonewright.export.Unexpressed;
import io.zonewright.flows.Flow;
import io.zonewright.model.Topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

/**
 * AWS as Terraform: {@code aws/security-groups.tf} (a group per service, its rules as
 * {@code aws_vpc_security_group_ingress_rule} and {@code _egress_rule} resources referencing the other
 * groups by id), {@code aws/network-acls.tf} (a network ACL per zone for the zone policy) and
 * {@code aws/variables.tf} (the VPC and the subnet ids).
 */
public final class AwsExporter implements Exporter {

    @Override
    public Target target() {
        return Target.AWS;
    }

    @Override
    public TargetOutput export(ExportInput input) {
        Topology topology = input.topology();
        SecurityGroups groups = new SecurityGroups(input.flows());
        NetworkAcls acls = new NetworkAcls(topology);
        // Rendering finds what cannot be expressed: the lists are read after it. Both files are written at once.
        CompletableFuture<String> aclRendering = CompletableFuture.supplyAsync(acls::render);
        String groupText = groups.render();
        String aclText = aclRendering.join();
        List<GeneratedFile> files = List.of(
                new GeneratedFile("aws/security-groups.tf", groupText),
                new GeneratedFile("aws/network-acls.tf", aclText),
                new GeneratedFile("aws/variables.tf", variables(acls.subnetNames())));
        List<Unexpressed> unexpressed = new ArrayList<>(groups.unexpressed());
        unexpressed.addAll(acls.unexpressed());
        List<String> warnings = new ArrayList<>(groups.warnings());
        warnings.addAll(acls.warnings());
        List<String> unmanaged = new ArrayList<>();
        for (Flow f : input.flows().all()) {
            if (!groups.manages(f)) {
                unmanaged.add(f.id());
            }
        }
        return new TargetOutput(Target.AWS, files, groups.rules() + acls.rules(), unexpressed, warnings, unmanaged);
    }

    private static String variables(Set<String> subnets) {
        Hcl hcl = new Hcl();
        hcl.comment("Made by Zonewright: what the security groups and network ACLs need from the account.");
        hcl.open("variable \"vpc_id\"");
        hcl.attribute("description", Hcl.string("The VPC of the security groups and network ACLs."));
        hcl.attribute("type", "string");
        hcl.close();
        hcl.blank();
        hcl.open("variable \"subnet_ids\"");
        hcl.attribute("description", Hcl.string("The id of each subnet the design names: "
                + String.join(", ", new TreeSet<>(subnets)) + "."));
        hcl.attribute("type", "map(string)");
        hcl.close();
        return hcl.text();
    }
}
