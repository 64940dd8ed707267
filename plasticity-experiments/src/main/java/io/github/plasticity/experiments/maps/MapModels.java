package io.github.plasticity.experiments.maps;

import io.github.plasticity.core.Simulation;
import io.github.plasticity.core.internal.Seeds;
import io.github.plasticity.experiments.Experiment;
import io.github.plasticity.experiments.ExperimentContext;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.IcmsParameters;
import io.github.plasticity.maps.MapNetwork;
import io.github.plasticity.maps.MapNetworkParameters;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.layout.ActionRepertoire;
import io.github.plasticity.maps.layout.SelfOrganisingMap;
import io.github.plasticity.maps.layout.SomParameters;
import java.util.Arrays;
import java.util.Map;

/** Shared set-up of the map experiments: the sheet, the M1 self-organising map, ICMS read-outs. */
final class MapModels {
    private MapModels() {}

    /** Effector indices of D1..D5 in the body. */
    static int[] digits(BodyModel body) {
        int[] d = new int[5];
        for (int k = 0; k < 5; k++) {
            d[k] = body.indexOf("D" + (k + 1));
        }
        return d;
    }

    /**
     * The parameters read by {@link #sheet}, {@link #repertoire} and {@link #m1}, followed by an
     * experiment's own, for {@link Experiment#parameters()}.
     *
     * @param more the experiment's own names and descriptions, alternating
     * @return the ordered map
     */
    static Map<String, String> parameters(String... more) {
        String[] shared = {
            "sheetColumns", "sheet columns (sites); 36",
            "sheetRows", "sheet rows (sites); 20",
            "spacingMm", "site spacing (mm); 0.5",
            "actions", "multi-joint actions in the repertoire; 3000, --full 12800",
            "epochs", "SOM training epochs; 30, --full 60",
            "sigmaEndNodes", "final SOM neighbourhood width (sites); 1.0"
        };
        String[] all = Arrays.copyOf(shared, shared.length + more.length);
        System.arraycopy(more, 0, all, shared.length, more.length);
        return Experiment.parameterList(all);
    }

    /** The Aflalo &amp; Graziano 2006 sheet: 36 x 20 sites, spacing from the context (mm). */
    static CorticalSheet sheet(ExperimentContext ctx) {
        int nx = ctx.intParam("sheetColumns", 36);
        int ny = ctx.intParam("sheetRows", 20);
        double spacing = ctx.param("spacingMm", 0.5);
        return CorticalSheet.rectangle(nx, ny, spacing);
    }

    /** The repertoire of a seed: 3000 actions by default, 12800 (Aflalo &amp; Graziano) full. */
    static ActionRepertoire repertoire(ExperimentContext ctx, BodyModel body, long seed) {
        int n = ctx.intParam("actions", ctx.full() ? 12800 : 3000);
        return ActionRepertoire.grazianoAflalo(body, n, Seeds.stream(seed, "maps/repertoire"));
    }

    /** Trains the M1 SOM with the default parameters, final width from the context. */
    static SelfOrganisingMap.Trained m1(
            ExperimentContext ctx, CorticalSheet sheet, ActionRepertoire rep, long seed) {
        SomParameters p =
                SomParameters.aflaloGraziano2006()
                        .withEpochs(ctx.intParam("epochs", ctx.full() ? 60 : 30))
                        .withSigmaEndNodes(ctx.param("sigmaEndNodes", 1.0));
        return SelfOrganisingMap.train(sheet, rep, p, Seeds.stream(seed, "maps/som"));
    }

    /** Writes a layout into a fresh map network and reads it back with virtual ICMS. */
    static MotorMap icms(CorticalSheet sheet, BodyModel body, MotorMap layout, long seed) {
        try (Simulation sim = Simulation.builder().dtMs(1.0).seed(seed).build()) {
            MapNetwork net =
                    MapNetwork.create(sim, "map", sheet, body, MapNetworkParameters.defaults());
            net.encode(layout);
            return net.icms(IcmsParameters.nudo1996());
        }
    }
}
