package io.github.plasticity.core;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Makes the {@link LocalRuleLoop} of one bound {@link LocalRule}: a fresh copy of the loop's class
 * per bind, defined from the loop's own bytecode as a hidden class ({@link
 * MethodHandles.Lookup#defineHiddenClass}, not strongly reachable: unloaded with its simulation).
 *
 * <p>Why: the JIT keeps one type profile per call site in a method's bytecode. With one shared
 * loop, its call to the user's function sees every local rule of the program; after three it is
 * megamorphic, and every synapse pays an interface call the JIT cannot inline (46x slower than the
 * built-in Hebbian rule at 1024 x 1024 in plasticity-bench {@code LocalRuleBenchmark}). A copy per
 * rule has one receiver class at its call site, inlined into the loop like a built-in rule's
 * arithmetic.
 *
 * <p>If the copy cannot be defined (the bytecode is not readable as a resource, a security manager
 * or module configuration refuses, the VM rejects it), the shared loop is used: same results,
 * slower once several local rules run in one JVM.
 */
final class LocalRuleLoops {
    private LocalRuleLoops() {}

    /** The constructor signature of {@link LocalRuleLoop}. */
    private static final MethodType CONSTRUCTOR =
            MethodType.methodType(
                    void.class,
                    LocalRule.class,
                    float[][].class,
                    int[][].class,
                    boolean.class,
                    double[].class,
                    double[].class,
                    double[].class,
                    double[].class,
                    WeightBounds.class,
                    double.class);

    /** The loop's bytecode, read once; null if it is not readable. */
    private static final class Template {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = LocalRuleLoop.class.getResourceAsStream("LocalRuleLoop.class")) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * A loop for one bound rule: its own hidden copy of {@link LocalRuleLoop} when {@code
     * specialise} and the copy can be defined, the shared class otherwise.
     *
     * @param specialise whether to try a per-rule copy
     * @param fn the rule's function
     * @param w live weight rows
     * @param idx presynaptic unit of each synapse, per row
     * @param dense whether {@code idx[i][k] == k}
     * @param pre live presynaptic activity
     * @param post live postsynaptic activity
     * @param m live modulator at each postsynaptic unit, or null
     * @param gain live learning-rate gain per postsynaptic unit
     * @param wb bounds
     * @param dt time step (ms)
     * @return the kernel
     */
    static RuleKernel create(
            boolean specialise,
            LocalRule fn,
            float[][] w,
            int[][] idx,
            boolean dense,
            double[] pre,
            double[] post,
            double[] m,
            double[] gain,
            WeightBounds wb,
            double dt) {
        if (specialise) {
            RuleKernel k =
                    specialised(
                            MethodHandles.lookup(),
                            Template.BYTES,
                            fn,
                            w,
                            idx,
                            dense,
                            pre,
                            post,
                            m,
                            gain,
                            wb,
                            dt);
            if (k != null) {
                return k;
            }
        }
        return new LocalRuleLoop(fn, w, idx, dense, pre, post, m, gain, wb, dt);
    }

    /**
     * A hidden copy of the loop defined by {@code lookup} from {@code template}, or null if that
     * fails for any reason (missing or malformed bytes, a lookup without full privilege in this
     * package, a security manager, a VM refusing hidden classes).
     *
     * @param lookup full-privilege lookup in this package
     * @param template bytecode of {@link LocalRuleLoop}, or null
     * @param fn see {@link #create}
     * @param w see {@link #create}
     * @param idx see {@link #create}
     * @param dense see {@link #create}
     * @param pre see {@link #create}
     * @param post see {@link #create}
     * @param m see {@link #create}
     * @param gain see {@link #create}
     * @param wb see {@link #create}
     * @param dt see {@link #create}
     * @return the kernel, or null
     */
    static RuleKernel specialised(
            MethodHandles.Lookup lookup,
            byte[] template,
            LocalRule fn,
            float[][] w,
            int[][] idx,
            boolean dense,
            double[] pre,
            double[] post,
            double[] m,
            double[] gain,
            WeightBounds wb,
            double dt) {
        if (template == null) {
            return null;
        }
        MethodHandle ctor;
        try {
            MethodHandles.Lookup hidden = lookup.defineHiddenClass(template, true);
            ctor = hidden.findConstructor(hidden.lookupClass(), CONSTRUCTOR);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // IllegalAccessException (lookup without full privilege), SecurityException,
            // UnsupportedOperationException, ClassFormatError/VerifyError (bytes), and the like.
            return null;
        }
        Object k;
        try {
            k = ctor.invoke(fn, w, idx, dense, pre, post, m, gain, wb, dt);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            // The constructor declares no checked exception.
            throw new IllegalStateException(e);
        }
        return k instanceof RuleKernel ? (RuleKernel) k : null;
    }
}
