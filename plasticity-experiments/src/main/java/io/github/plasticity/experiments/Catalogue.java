package io.github.plasticity.experiments;

import io.github.plasticity.experiments.maps.MapExperiments;
import io.github.plasticity.experiments.modulators.ModulatorExperiments;
import io.github.plasticity.experiments.motor.MotorLearningExperiments;
import io.github.plasticity.experiments.rules.CalciumExperiments;
import io.github.plasticity.experiments.rules.FoundationExperiments;
import io.github.plasticity.experiments.rules.HebbianFamilyExperiments;
import io.github.plasticity.experiments.rules.StdpExperiments;
import io.github.plasticity.experiments.rules.ThreeFactorExperiments;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every experiment of the library, by stable name, grouped. */
public final class Catalogue {
    private final Map<String, Experiment> byName = new LinkedHashMap<>();

    private Catalogue(List<ExperimentProvider> providers) {
        for (ExperimentProvider p : providers) {
            for (Experiment e : p.experiments()) {
                if (byName.putIfAbsent(e.name(), e) != null) {
                    throw new IllegalStateException("two experiments named " + e.name());
                }
            }
        }
    }

    /** The library's catalogue. */
    public static Catalogue standard() {
        return new Catalogue(
                List.of(
                        new FoundationExperiments(),
                        new HebbianFamilyExperiments(),
                        new StdpExperiments(),
                        new CalciumExperiments(),
                        new ThreeFactorExperiments(),
                        new ModulatorExperiments(),
                        new MapExperiments(),
                        new MotorLearningExperiments()));
    }

    /** All experiments, grouped in {@link Group} order. */
    public List<Experiment> all() {
        List<Experiment> out = new ArrayList<>();
        for (Group g : Group.values()) {
            for (Experiment e : byName.values()) {
                if (e.group() == g) {
                    out.add(e);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The experiment with this name.
     *
     * @param name stable name
     * @return the experiment
     * @throws IllegalArgumentException naming the known experiments when there is none
     */
    public Experiment get(String name) {
        Experiment e = byName.get(name);
        if (e == null) {
            throw new IllegalArgumentException(
                    "unknown experiment '"
                            + name
                            + "'; known: "
                            + String.join(", ", byName.keySet()));
        }
        return e;
    }
}
