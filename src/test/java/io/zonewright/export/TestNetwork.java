package io.zonewright.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hosts of a test in network namespaces of their own, on one bridge that lives in a namespace too: nothing
 * of the machine's own network is touched, and traffic flows only between these hosts. Every namespace has
 * a prefix unique to this run; {@link #close()} kills what runs in them and removes them.
 */
final class TestNetwork implements AutoCloseable {

    private final String prefix = "zw" + HexFormat.of().formatHex(random(3));
    private final String bridgeSpace = prefix + "-sw";
    private final Map<String, String> spaces = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private final Path probe;

    TestNetwork(Path scratch) throws IOException {
        probe = scratch.resolve("netprobe.py");
        try (InputStream in = TestNetwork.class.getResourceAsStream("netprobe.py")) {
            Files.write(probe, in.readAllBytes());
        }
        ip("netns", "add", bridgeSpace);
        spaces.put("", bridgeSpace);
        ip("-n", bridgeSpace, "link", "add", "br0", "type", "bridge");
        ip("-n", bridgeSpace, "link", "set", "br0", "up");
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    /** Adds a host with one interface on the bridge and an address in {@code prefixLength} around it. */
    void host(String name, String address, int prefixLength) {
        String space = prefix + "-" + spaces.size();
        ip("netns", "add", space);
        spaces.put(name, space);
        String port = "p" + spaces.size();
        ip("-n", space, "link", "add", "eth0", "type", "veth", "peer", "name", port, "netns", bridgeSpace);
        ip("-n", bridgeSpace, "link", "set", port, "master", "br0", "up");
        ip("-n", space, "addr", "add", address + "/" + prefixLength, "dev", "eth0");
        ip("-n", space, "link", "set", "eth0", "up");
        ip("-n", space, "link", "set", "lo", "up");
    }

    /** Runs a command inside a host's namespace; it must succeed. */
    String exec(String host, String... command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", spaces.get(host)));
        full.addAll(List.of(command));
        Tools.Result r = Tools.run(full);
        assertEquals(0, r.exitCode(), () -> String.join(" ", full) + ":\n" + r.output());
        return r.output();
    }

    /** Starts accepting TCP connections on the ports in a host, and waits until it does. */
    void listen(String host, List<Integer> ports) throws IOException {
        List<String> command = new ArrayList<>(List.of("ip", "netns", "exec", spaces.get(host), "python3", probe.toString(), "listen"));
        ports.forEach(p -> command.add(Integer.toString(p)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        processes.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            throw new IOException("listener in " + host + " did not start: " + line);
        }
    }

    /** Tries each connection from a host at once: target (address:port) -> open, blocked or refused. */
    Map<String, String> probe(String host, List<String> targets) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", probe.toString(), "probe"));
        command.addAll(targets);
        String json = exec(host, command.toArray(String[]::new));
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode node = new ObjectMapper().readTree(json);
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static void ip(String... args) {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        Tools.Result r = Tools.run(command);
        assertEquals(0, r.exitCode(), () -> String.join(" ", command) + ":\n" + r.output());
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.destroyForcibly();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (String space : spaces.values()) {
            Tools.run(List.of("ip", "netns", "del", space));
        }
    }
}
