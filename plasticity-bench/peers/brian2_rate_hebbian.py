#!/usr/bin/python3
"""Workload B of PEER-WORKLOADS.md in Brian2: rate Hebbian on 1000 x 1000 synapses, every step.

Two NeuronGroups of N units with a constant rate r uniform in [0, 1); all-to-all Synapses with
w = 0.5 * rand(); every step (run_regularly at dt) either
    hebb:        w = w + eta * r_post * r_pre
    decay_clamp: w = clip(w * (1 - decay) + eta * r_post * r_pre, 0, wmax)
float64. Timing is Brian2's main loop only, excluding code generation and compilation:
cpp_standalone reports it itself (device._last_run_time); with cython a one-step run compiles
first and the timed run() follows.

Usage: /usr/bin/python3 brian2_rate_hebbian.py {cython|cpp_standalone} {hebb|decay_clamp}
Prints one JSON object.
"""
import json
import os
import sys
import tempfile
import time

# ---- parameters (PEER-WORKLOADS.md B) ----
N = 1000
STEPS = 2000
DT_MS = 0.1
ETA = 1e-4
DECAY = 1e-3
WMAX = 1.0
SEED = 20001
# -------------------------------------------


def main():
    target, rule = sys.argv[1], sys.argv[2]
    import brian2 as b2
    from brian2 import NeuronGroup, Synapses, ms, prefs, defaultclock, seed, run, device, set_device

    workdir = tempfile.mkdtemp(prefix="plasticity-brian2-B-")
    if target == "cpp_standalone":
        set_device("cpp_standalone", directory=os.path.join(workdir, "out"), build_on_run=False)
        prefs.devices.cpp_standalone.openmp_threads = 0  # one thread, no OpenMP
    else:
        prefs.codegen.target = "cython"
        prefs.codegen.runtime.cython.cache_dir = os.path.join(workdir, "cython-cache")
    defaultclock.dt = DT_MS * ms
    seed(SEED)
    eta, decay, wmax = ETA, DECAY, WMAX
    pre = NeuronGroup(N, "r : 1 (constant)")
    post = NeuronGroup(N, "r : 1 (constant)")
    pre.r = "rand()"
    post.r = "rand()"
    S = Synapses(pre, post, "w : 1")
    S.connect()
    S.w = "0.5 * rand()"
    if rule == "hebb":
        code = "w = w + eta * r_post * r_pre"
    else:
        code = "w = clip(w * (1 - decay) + eta * r_post * r_pre, 0, wmax)"
    S.run_regularly(code, dt=defaultclock.dt)
    if target == "cpp_standalone":
        run(STEPS * DT_MS * ms)
        t0 = time.time()
        device.build(run=True, compile=True, directory=os.path.join(workdir, "out"))
        total = time.time() - t0
        loop = float(device._last_run_time)
        steps = STEPS
    else:
        run(defaultclock.dt)  # code generation and compilation
        t0 = time.perf_counter()
        run(STEPS * DT_MS * ms)
        loop = time.perf_counter() - t0
        total = None
        steps = STEPS
    w = S.w[:]
    out = {"kind": "brian2_B", "target": target, "rule": rule, "n": N, "steps": steps,
           "synapses": int(len(w)), "main_loop_s": loop, "build_and_run_s": total,
           "updates_per_s": N * N * steps / loop, "w_mean": float(w.mean()), "w_std": float(w.std()),
           "brian2": b2.__version__, "python": sys.version.split()[0]}
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
