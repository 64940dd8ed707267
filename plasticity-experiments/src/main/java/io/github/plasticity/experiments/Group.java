package io.github.plasticity.experiments;

/** The groups of the catalogue, in the order the report lists them. */
public enum Group {
    /** Learning rules. */
    RULES("rules"),
    /** Neuromodulators and metabolism. */
    MODULATORS("modulators and metabolism"),
    /** Motor-map topography. */
    MAPS("maps"),
    /** Motor learning on the map. */
    MOTOR("motor learning");

    private final String label;

    Group(String label) {
        this.label = label;
    }

    /** The label shown by {@code plasticity list} and in the report. */
    public String label() {
        return label;
    }
}
