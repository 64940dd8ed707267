#!/usr/bin/python3
"""Workload C of PEER-WORKLOADS.md in Brian2: Brian2's documented STDP example (after Song, Miller
& Abbott 2000) scaled to 1000 neurons.

N Poisson inputs at 15 Hz -> N conductance-based LIF neurons, all-to-all (N*N synapses), dt 0.1
ms, T = 10 s, Euler. Pair STDP with event-driven traces; weights clipped to [0, gmax]. Timing is
Brian2's main loop only (cpp_standalone: device._last_run_time; cython: a timed run() after a
one-step run that compiles). Synaptic events = presynaptic spikes x n_out + postsynaptic spikes x N.

Usage: /usr/bin/python3 brian2_stdp_network.py {cython|cpp_standalone} [threads] [n_out] [t_s]
n_out (default N) neurons receive all N inputs; t_s (default T_S) is the simulated time. The
short configuration of the library's unit test (plasticity-bench StdpNetworkTest) is
`brian2_stdp_network.py cpp_standalone 1 100 10`. Prints one JSON object.
"""
import json
import os
import sys
import tempfile
import time

# ---- parameters (PEER-WORKLOADS.md C) ----
N = 1000
T_S = 10.0
DT_MS = 0.1
RATE_HZ = 15.0
TAUM_MS, TAUE_MS = 10.0, 5.0
EE_MV, EL_MV, VT_MV, VR_MV, V0_MV = 0.0, -74.0, -54.0, -60.0, -60.0
TAUPRE_MS = TAUPOST_MS = 20.0
GMAX = 0.01
DAPRE = 0.01 * GMAX
DAPOST = -1.05 * 0.01 * GMAX * TAUPRE_MS / TAUPOST_MS
SEED = 20001
# -------------------------------------------


def main():
    target = sys.argv[1]
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    n_out = int(sys.argv[3]) if len(sys.argv) > 3 else N
    t_s = float(sys.argv[4]) if len(sys.argv) > 4 else T_S
    import numpy as np
    import brian2 as b2
    from brian2 import (NeuronGroup, PoissonGroup, Synapses, SpikeMonitor, ms, mV, Hz, second, prefs,
                        defaultclock, seed, run, device, set_device)

    workdir = tempfile.mkdtemp(prefix="plasticity-brian2-C-")
    if target == "cpp_standalone":
        set_device("cpp_standalone", directory=os.path.join(workdir, "out"), build_on_run=False)
        prefs.devices.cpp_standalone.openmp_threads = 0 if threads == 1 else threads
    else:
        prefs.codegen.target = "cython"
        prefs.codegen.runtime.cython.cache_dir = os.path.join(workdir, "cython-cache")
    defaultclock.dt = DT_MS * ms
    seed(SEED)
    taum, taue, taupre, taupost = TAUM_MS * ms, TAUE_MS * ms, TAUPRE_MS * ms, TAUPOST_MS * ms
    Ee, El, vt, vr = EE_MV * mV, EL_MV * mV, VT_MV * mV, VR_MV * mV
    gmax, dApre, dApost = GMAX, DAPRE, DAPOST
    eqs = """
    dv/dt = (ge * (Ee - v) + El - v) / taum : volt
    dge/dt = -ge / taue : 1
    """
    inp = PoissonGroup(N, rates=RATE_HZ * Hz)
    neurons = NeuronGroup(n_out, eqs, threshold="v > vt", reset="v = vr", method="euler")
    neurons.v = V0_MV * mV
    S = Synapses(inp, neurons,
                 """w : 1
                    dApre/dt = -Apre / taupre : 1 (event-driven)
                    dApost/dt = -Apost / taupost : 1 (event-driven)""",
                 on_pre="""ge += w
                           Apre += dApre
                           w = clip(w + Apost, 0, gmax)""",
                 on_post="""Apost += dApost
                            w = clip(w + Apre, 0, gmax)""")
    S.connect()
    S.w = "rand() * gmax"
    m_in = SpikeMonitor(inp, record=False)
    m_out = SpikeMonitor(neurons, record=False)
    if target == "cpp_standalone":
        run(t_s * second)
        t0 = time.time()
        device.build(run=True, compile=True, directory=os.path.join(workdir, "out"))
        total = time.time() - t0
        loop = float(device._last_run_time)
    else:
        run(defaultclock.dt)
        t0 = time.perf_counter()
        run(t_s * second)
        loop = time.perf_counter() - t0
        total = None
    n_in = int(m_in.num_spikes)
    n_post = int(m_out.num_spikes)
    w = np.asarray(S.w[:])
    pre_events = n_in * n_out
    post_events = n_post * N
    out = {"kind": "brian2_C", "target": target, "threads": threads, "n": N, "n_out": n_out, "t_s": t_s,
           "main_loop_s": loop, "build_and_run_s": total,
           "pre_spikes": n_in, "post_spikes": n_post, "pre_events": pre_events, "post_events": post_events,
           "events_per_s": (pre_events + post_events) / loop, "real_time_factor": t_s / loop,
           "output_rate_hz": n_post / (n_out * t_s),
           "w_mean": float(w.mean()), "w_std": float(w.std()),
           "frac_above_0.9gmax": float(np.mean(w > 0.9 * GMAX)),
           "frac_below_0.1gmax": float(np.mean(w < 0.1 * GMAX)),
           "brian2": b2.__version__, "python": sys.version.split()[0]}
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
