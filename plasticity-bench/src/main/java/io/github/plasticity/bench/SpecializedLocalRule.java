package io.github.plasticity.bench;

import io.github.plasticity.core.LearningRule;
import io.github.plasticity.core.LocalRule;
import io.github.plasticity.core.RuleBinding;
import io.github.plasticity.core.RuleKernel;
import io.github.plasticity.core.StepContext;
import io.github.plasticity.core.WeightBounds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.InvocationTargetException;

/**
 * A prototype of the remedy for the megamorphic local-rule loop, measured by {@link
 * LocalRuleBenchmark} beside the core's {@link LocalRule}: the same update (forward Euler, hard
 * bounds, dense projections, rates) with two changes.
 *
 * <ol>
 *   <li>Per-rule loop specialisation: each bind defines a fresh hidden class from the bytes of
 *       {@link Kernel}, so every rule has its own copy of the loop, its own profile and a
 *       monomorphic, inlined call to its function, however many local rules the program uses;
 *   <li>the presynaptic rates are converted to float once per step and read without the index
 *       array, as in the built-in Hebbian kernel.
 * </ol>
 *
 * <p>Not API: a measurement of what the change to the core's {@code LocalRule.Rule.bind} would
 * give. Dense, rate-reading, unmodulated rules with hard bounds only.
 */
final class SpecializedLocalRule implements LearningRule {
    private final String name;
    private final LocalRule f;
    private final WeightBounds bounds;

    SpecializedLocalRule(String name, LocalRule f, WeightBounds bounds) {
        this.name = name;
        this.f = f;
        this.bounds = bounds;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RuleKernel bind(RuleBinding b) {
        if (!b.isDense()) {
            throw new IllegalArgumentException("prototype handles dense projections only");
        }
        WeightBounds wb = bounds != null ? bounds : b.bounds();
        if (wb.soft()) {
            throw new IllegalArgumentException("prototype handles hard bounds only");
        }
        try {
            Class<?> c = specialisedKernelClass();
            return (RuleKernel)
                    c.getDeclaredConstructor(
                                    LocalRule.class,
                                    float[][].class,
                                    double[].class,
                                    double[].class,
                                    double[].class,
                                    float.class,
                                    float.class,
                                    double.class)
                            .newInstance(
                                    f,
                                    b.weights(),
                                    b.preRates(),
                                    b.postRates(),
                                    b.learningRateGain(),
                                    wb.min(),
                                    wb.max(),
                                    b.dtMs());
        } catch (NoSuchMethodException
                | InstantiationException
                | IllegalAccessException
                | InvocationTargetException e) {
            throw new IllegalStateException("cannot specialise the local-rule kernel", e);
        }
    }

    /** A new hidden class with the bytecode of {@link Kernel}: its own methods, its own profile. */
    static Class<?> specialisedKernelClass() throws IllegalAccessException {
        byte[] bytes;
        try (InputStream in =
                Kernel.class.getResourceAsStream("SpecializedLocalRule$Kernel.class")) {
            if (in == null) {
                throw new IllegalStateException("kernel template bytecode not found");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return MethodHandles.lookup().defineHiddenClass(bytes, true).lookupClass();
    }

    /** The loop; never used directly, only as the template of per-rule hidden classes. */
    static final class Kernel implements RuleKernel {
        private final LocalRule fn;
        private final float[][] w;
        private final double[] pre;
        private final double[] post;
        private final double[] gain;
        private final float lo;
        private final float hi;
        private final double dt;
        private final float[] preF;

        Kernel(
                LocalRule fn,
                float[][] w,
                double[] pre,
                double[] post,
                double[] gain,
                float lo,
                float hi,
                double dt) {
            this.fn = fn;
            this.w = w;
            this.pre = pre;
            this.post = post;
            this.gain = gain;
            this.lo = lo;
            this.hi = hi;
            this.dt = dt;
            this.preF = new float[pre.length];
        }

        @Override
        public void beforeUpdate(StepContext ctx) {
            for (int j = 0; j < preF.length; j++) {
                preF[j] = (float) pre[j];
            }
        }

        @Override
        public void update(StepContext ctx, int from, int to) {
            final LocalRule f = fn;
            final float[] p = preF;
            final float l = lo;
            final float h = hi;
            for (int i = from; i < to; i++) {
                float[] row = w[i];
                float po = (float) post[i];
                float scale = (float) (dt * gain[i]);
                if (scale == 0f) {
                    continue;
                }
                for (int k = 0; k < row.length; k++) {
                    float wk = row[k];
                    float dw = f.dwPerMs(wk, p[k], po, 1f) * scale;
                    row[k] = Math.min(h, Math.max(l, wk + dw));
                }
            }
        }
    }
}
