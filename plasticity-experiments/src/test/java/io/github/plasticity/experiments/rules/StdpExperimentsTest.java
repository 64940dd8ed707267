package io.github.plasticity.experiments.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.Group;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The STDP provider lists its experiments under their stable names (DESIGN.md). */
class StdpExperimentsTest {
    @Test
    void providesTheStableNames() {
        List<Experiment> all = new StdpExperiments().experiments();
        assertEquals(
                List.of("stdp-window", "stdp-song2000-bimodal", "triplet-sjostrom"),
                all.stream().map(Experiment::name).collect(Collectors.toList()));
        for (Experiment e : all) {
            assertEquals(Group.RULES, e.group(), e.name());
        }
    }
}
