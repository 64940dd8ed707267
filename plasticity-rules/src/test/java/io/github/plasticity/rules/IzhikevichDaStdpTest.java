package io.github.plasticity.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.plasticity.core.Connectivity;
import io.github.plasticity.core.GlobalModulator;
import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.Projection;
import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.SpikeTimeSource;
import io.github.plasticity.core.WeightBounds;
import io.github.plasticity.core.WeightInit;
import io.github.plasticity.testkit.LearningRuleContract;
import io.github.plasticity.testkit.Tolerance;
import java.util.List;
import org.junit.jupiter.api.Test;

class IzhikevichDaStdpTest implements LearningRuleContract {
    @Override
    public LearningRule rule() {
        return IzhikevichDaStdp.of(IzhikevichParameters.izhikevich2007());
    }

    @Override
    public Record parameters() {
        return IzhikevichParameters.izhikevich2007();
    }

    @Override
    public WeightBounds bounds() {
        return WeightBounds.hard(0, 4);
    }

    @Override
    public List<Runnable> invalidParameters() {
        return List.of(
                () -> IzhikevichParameters.izhikevich2007().withWeightBounds(4, 0),
                () -> IzhikevichParameters.izhikevich2007().withTauEligibilityMs(0),
                () -> IzhikevichParameters.izhikevich2007().withTonicDopamineMicroMolar(-1));
    }

    /** Spike pairs on the 0.1 ms grid; two rewards (releases) at grid times. */
    @Override
    public Projection network(Simulation sim, LearningRule rule, boolean active) {
        GlobalModulator da =
                sim.add(IzhikevichDaStdp.dopamine(IzhikevichParameters.izhikevich2007()));
        double[][] pre = new double[5][];
        double[][] post = new double[4][];
        for (int j = 0; j < pre.length; j++) {
            pre[j] = active ? new double[] {5.0 + 4.1 * j, 70.0 + 2.3 * j} : new double[0];
        }
        for (int i = 0; i < post.length; i++) {
            post[i] = active ? new double[] {12.0 + 3.7 * i, 66.0 + 5.5 * i} : new double[0];
        }
        SpikeTimeSource in = sim.add(SpikeTimeSource.of("pre", pre));
        SpikeTimeSource out = sim.add(SpikeTimeSource.of("post", post));
        da.releaseAt(100.0, 0.5);
        da.releaseAt(150.0, 0.5);
        return sim.connect(in, out, Connectivity.allToAll(), WeightInit.uniform(0.5, 3.5))
                .withBounds(bounds())
                .withRule(rule);
    }

    /**
     * C5.1 with the Izhikevich rule itself (tonic dopamine 0): Delta s = eta c0 d0 exp(-D/tau_c)
     * tau_c tau_d/(tau_c + tau_d), with daspnet's tau_c = 995 ms, tau_d = 199.5 ms, eta = 0.1/ms,
     * c0 = 0.1 exp(-10/19.5), d0 = 0.5, D = 1 s (closed form; 0.5 % at dt = 1 ms, SCIENCE.md C5.1).
     */
    @Test
    void distalCreditMatchesClosedForm() {
        IzhikevichParameters p =
                IzhikevichParameters.izhikevich2007().withTonicDopamineMicroMolar(0.0);
        double tPre = 10.0;
        double tPost = 20.0;
        double delay = 1000.0;
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(1).build()) {
            GlobalModulator da = sim.add(IzhikevichDaStdp.dopamine(p));
            SpikeTimeSource pre = sim.add(SpikeTimeSource.of("pre", new double[][] {{tPre}}));
            SpikeTimeSource post = sim.add(SpikeTimeSource.of("post", new double[][] {{tPost}}));
            Projection syn =
                    sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(1.0))
                            .withRule(IzhikevichDaStdp.of(p));
            da.releaseAt(tPost + delay, p.rewardDopamineMicroMolar());
            sim.run(6000.0);
            double c0 = p.aPlus() * Math.exp(-(tPost - tPre) / p.tauPlusMs());
            double tc = p.tauEligibilityMs();
            double td = p.tauDopamineMs();
            double expected =
                    p.etaPerMs()
                            * c0
                            * p.rewardDopamineMicroMolar()
                            * Math.exp(-delay / tc)
                            * tc
                            * td
                            / (tc + td);
            Tolerance.relative(0.005).check("Delta s", expected, syn.weight(0, 0) - 1.0);
        }
    }

    /**
     * Tonic dopamine alone converts eligibility into weight: with no reward, Delta s = eta d_tonic
     * c0 tau_c (closed form of ds/dt = eta d_tonic c0 exp(-t/tau_c)).
     */
    @Test
    void tonicDopamineConvertsEligibility() {
        IzhikevichParameters p = IzhikevichParameters.izhikevich2007();
        try (Simulation sim = Simulation.builder().dtMs(0.5).seed(1).build()) {
            sim.add(IzhikevichDaStdp.dopamine(p));
            SpikeTimeSource pre = sim.add(SpikeTimeSource.of("pre", new double[][] {{10.0}}));
            SpikeTimeSource post = sim.add(SpikeTimeSource.of("post", new double[][] {{20.0}}));
            Projection syn =
                    sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(1.0))
                            .withRule(IzhikevichDaStdp.of(p));
            sim.run(20000.0);
            double c0 = p.aPlus() * Math.exp(-10.0 / p.tauPlusMs());
            double expected =
                    p.etaPerMs()
                            * p.tonicDopamineMicroMolar()
                            * c0
                            * p.tauEligibilityMs()
                            * (1 - Math.exp(-19980.0 / p.tauEligibilityMs()));
            Tolerance.relative(0.005).check("Delta s", expected, syn.weight(0, 0) - 1.0);
        }
    }

    /** Weights are clipped to [0, sm = 4] (daspnet), even on an unbounded projection. */
    @Test
    void weightsClipToSm() {
        IzhikevichParameters p = IzhikevichParameters.izhikevich2007();
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(1).build()) {
            GlobalModulator da = sim.add(IzhikevichDaStdp.dopamine(p));
            SpikeTimeSource pre =
                    sim.add(SpikeTimeSource.of("pre", new double[][] {{10.0}, {30.0}}));
            SpikeTimeSource post = sim.add(SpikeTimeSource.of("post", new double[][] {{20.0}}));
            Projection syn =
                    sim.connect(pre, post, Connectivity.allToAll(), WeightInit.constant(3.9))
                            .withRule(IzhikevichDaStdp.of(p));
            syn.setWeight(0, 1, 0.05);
            da.releaseAt(100.0, 500.0);
            sim.run(3000.0);
            assertEquals(4.0f, syn.weight(0, 0), "potentiated synapse clips at sm");
            assertEquals(0.0f, syn.weight(0, 1), "depressed synapse clips at 0");
        }
    }

    @Test
    void disjointBoundsAreRefused() {
        try (Simulation sim = Simulation.builder().build()) {
            sim.add(IzhikevichDaStdp.dopamine(IzhikevichParameters.izhikevich2007()));
            SpikeTimeSource pre = sim.add(SpikeTimeSource.of("pre", new double[][] {{1.0}}));
            Projection p =
                    sim.connect(pre, pre, Connectivity.allToAll(), WeightInit.constant(5))
                            .withBounds(WeightBounds.hard(5, 6));
            assertThrows(IllegalArgumentException.class, () -> p.withRule(rule()));
        }
    }

    /** The daspnet constants, derived from its per-step factors. */
    @Test
    void parametersFromDaspnet() {
        IzhikevichParameters p = IzhikevichParameters.izhikevich2007();
        Tolerance.absolute(0.05).check("tau+- (ms)", 19.5, p.tauPlusMs());
        Tolerance.absolute(0.05).check("tau_c (ms)", 995.0, p.tauEligibilityMs());
        Tolerance.absolute(0.05).check("tau_d (ms)", 199.5, p.tauDopamineMs());
        assertEquals(0.15, p.aMinus());
        assertEquals(4.0, p.wMax());
    }
}
