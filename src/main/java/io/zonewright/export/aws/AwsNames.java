package io.zonewright.export.aws;

/** How the Terraform files name and quote things, for a view that finds them again. */
public final class AwsNames {

    private AwsNames() {
    }

    /** The resource name of a service's security group. */
    public static String group(String serviceId) {
        return Hcl.name(serviceId);
    }

    /** Text as an HCL string literal. */
    public static String string(String text) {
        return Hcl.string(text);
    }
}
