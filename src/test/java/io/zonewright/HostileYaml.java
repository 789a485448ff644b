package io.zonewright;

/** YAML written to hurt a reader, for the tests of every reader. */
public final class HostileYaml {

    private HostileYaml() {
    }

    /**
     * {@code header} followed by the billion laughs: thirty levels of lists of ten aliases of the level
     * below, 10^30 values if expanded.
     */
    public static String aliasBomb(String header) {
        StringBuilder yaml = new StringBuilder(header).append("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }
}
