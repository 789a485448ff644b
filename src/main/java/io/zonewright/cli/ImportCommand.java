package io.zonewright.cli;

import io.zonewright.imports.Imported;
import io.zonewright.io.TopologyWriter;
import io.zonewright.text.Visible;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Make a design from what is deployed: a cluster's Kubernetes objects, hosts' nftables or "
                + "iptables rulesets. The design is canonical, opens in the editor, and check runs on it.",
                "Exit 0 when written, 2 when the input could not be read (nothing is written then)."},
        subcommands = {KubernetesImportCommand.class, HostImportCommand.Nftables.class, HostImportCommand.Iptables.class})
final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to import: kubernetes, nftables or iptables");
    }

    /** Writes an imported design (to standard output for {@code -}) and prints what it could not hold. */
    static int write(CommandLine command, Imported imported, Path output) {
        PrintWriter err = command.getErr();
        for (String note : imported.notes()) {
            err.println("note: " + Visible.of(note));
        }
        err.flush();
        if (output.toString().equals("-")) {
            command.getOut().print(TopologyWriter.toYaml(imported.topology()));
            command.getOut().flush();
            return ExitCodes.OK;
        }
        try {
            TopologyWriter.save(imported.topology(), output);
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(Visible.of(output.toString()) + ": cannot write: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
