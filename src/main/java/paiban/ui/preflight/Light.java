package paiban.ui.preflight;

import java.util.List;

import paiban.preflight.Finding;

/** The status bar's preflight light: the colour of the worst finding. */
public enum Light {
    GREEN, AMBER, RED;

    public static Light of(List<Finding> findings) {
        if (findings.stream().anyMatch(Finding::isError)) return RED;
        return findings.isEmpty() ? GREEN : AMBER;
    }
}
