#!/usr/bin/env python3
"""Writes the comparison table (Markdown) from one run_all.sh results folder.

Usage: python3 report.py RESULTS_DIR > RESULTS_DIR/table.md
"""
import json
import os
import sys

DT_S = 1e-4          # 0.1 ms step of every workload
INPUT_RATE_HZ = 15.0  # spike workloads
SPARSE_P = 0.1


def jsonl(path):
    if not os.path.exists(path):
        return []
    out = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                out.append(json.loads(line))
    return out


def fmt(x, digits=3):
    if x is None:
        return "n/a"
    if isinstance(x, str):
        return x
    if x == 0:
        return "0"
    if abs(x) >= 1e4 or abs(x) < 1e-2:
        return f"{x:.{digits - 1}e}"
    return f"{x:.{digits}g}"


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def main():
    d = sys.argv[1]
    jmh = []
    if os.path.exists(os.path.join(d, "jmh.json")):
        with open(os.path.join(d, "jmh.json")) as f:
            jmh = json.load(f)
    loads = jsonl(os.path.join(d, "load.jsonl"))
    numpy_rows = jsonl(os.path.join(d, "numpy-1.jsonl")) + jsonl(os.path.join(d, "numpy-2.jsonl"))
    numpy_meta = [r for r in numpy_rows if r.get("kind") == "meta"]
    numpy_rows = [r for r in numpy_rows if r.get("kind") == "numpy"]
    brian_b = jsonl(os.path.join(d, "brian2-B.jsonl"))
    brian_c = jsonl(os.path.join(d, "brian2-C.jsonl"))
    java_b = jsonl(os.path.join(d, "java-B.jsonl"))
    java_c = jsonl(os.path.join(d, "java-C.jsonl"))

    def bench(name):
        rows = []
        for r in jmh:
            if r["benchmark"].split(".")[-2] + "." + r["benchmark"].split(".")[-1] == name:
                sec = r.get("secondaryMetrics", {})
                alloc = sec.get("gc.alloc.rate.norm", {}).get("score")
                rows.append((r["params"], r["primaryMetric"]["score"], r["primaryMetric"]["scoreError"], alloc))
        return rows

    def find(name, **params):
        for p, s, e, a in bench(name):
            if all(str(p.get(k)) == str(v) for k, v in params.items()):
                return s, e, a
        return None, None, None

    def numpy_best(rule, n, dtype, threads):
        best = None
        for r in numpy_rows:
            if r["rule"] == rule and r["n"] == n and r["dtype"] == dtype:
                meta_threads = None
                # rows come from numpy-<t>.jsonl in order; tag by the threads recorded in the file
                meta_threads = r.get("_threads")
                if meta_threads is not None and meta_threads != threads:
                    continue
                if best is None or r["updates_per_s"] > best["updates_per_s"]:
                    best = r
        return best

    # tag numpy rows with their thread count
    numpy_rows = []
    for t in (1, 2):
        for r in jsonl(os.path.join(d, f"numpy-{t}.jsonl")):
            if r.get("kind") == "numpy":
                r["_threads"] = t
                numpy_rows.append(r)

    def brian(rule, target):
        for r in brian_b:
            if r["rule"] == rule and r["target"] == target:
                return r
        return None

    print(f"# plasticity-bench results ({os.path.basename(os.path.normpath(d))})\n")
    try:
        with open(os.path.join(d, "lscpu.txt")) as f:
            model = [l.split(":", 1)[1].strip() for l in f if l.startswith("Model name")]
        with open(os.path.join(d, "java-version.txt")) as f:
            jv = " ".join(l.strip() for l in f.readlines()[1:3])
        print(f"CPU: {model[0] if model else '?'}; JVM: {jv}")
    except OSError:
        pass
    if os.path.exists(os.path.join(d, "commit.txt")):
        print(f"; commit {open(os.path.join(d, 'commit.txt')).read().strip()[:12]}")
    print("\nLoad average during the run (other processes share the 2 cores; absolute numbers move with it):\n")
    for l in loads:
        print(f"- {l['phase']}: {l['uptime']}")

    print("\n## A. Dense rate Hebbian (library, through Simulation.step) against the bandwidth bound and numpy\n")
    print("Updates/s = synapse updates per second; bound = `a[i] = a[i]*s + t` over a float array of n² "
          "elements on the same threads, measured in the same JMH run. numpy: best of naive and in-place "
          "BLAS (sger), float32, with as many BLAS threads as Java threads. RTF = simulated time / wall time (dt 0.1 ms).\n")
    print("| rule | n | threads | library updates/s (± JMH error) | RTF | bound elements/s | share of bound | numpy best f32 | form | library / numpy | numpy f64 best |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for rule_j, rule_p in (("HEBB", "hebb"), ("DECAY_CLAMP", "decay_clamp")):
        for n in (256, 1024, 4096, 8192):
            for t in (1, 2):
                s, e, _ = find("DenseHebbianBenchmark.step", n=n, threads=t, rule=rule_j)
                b, be, _ = find("BandwidthBenchmark.rmw", n=n, threads=t)
                ups = None if s is None else s * n * n
                bound = None if b is None else b * n * n
                nb = numpy_best(rule_p, n, "float32", t)
                nb64 = numpy_best(rule_p, n, "float64", t)
                print(f"| {rule_p} | {n} | {t} | {fmt(ups)} (± {fmt(None if e is None else e * n * n, 2)}) | "
                      f"{fmt(None if s is None else s * DT_S)} | {fmt(bound)} | {fmt(ratio(ups, bound))} | "
                      f"{fmt(nb and nb['updates_per_s'])} | {nb['form'] if nb else 'n/a'} | "
                      f"{fmt(ratio(ups, nb and nb['updates_per_s']))} | {fmt(nb64 and nb64['updates_per_s'])} |")

    paired_tables = (
        ("paired.jsonl", "Share of the bound, library step and bound kernel alternated (PairedRatio)",
         "Each round: a few library steps (Simulation.step) then as many passes of the bound's kernel on a "
         "WorkerTeam of the same size, a fraction of a second apart; median and quartiles over the rounds."),
        ("paired-thp.jsonl", "The same with the Java heap on transparent huge pages (-XX:+UseTransparentHugePages)",
         "numpy asks for huge pages for its large arrays by default (madvise; `madvise_hugepage` in "
         "numpy-*.jsonl), so this is the JVM setting like numpy's. Bound and library in the same JVM."))
    for name, title, note in paired_tables:
        rows = jsonl(os.path.join(d, name))
        if not rows:
            continue
        print(f"\n### {title}\n")
        print(note + "\n")
        print("| rule | n | threads | share of bound, median | quartiles | library updates/s (median) | bound elements/s (median) | target |")
        print("|---|---|---|---|---|---|---|---|")
        for r in rows:
            target = ">= 0.85" if r["n"] == 8192 else ""
            print(f"| {r['rule'].lower()} | {r['n']} | {r['threads']} | {fmt(r['ratio_median'])} | "
                  f"{fmt(r['ratio_q1'])} - {fmt(r['ratio_q3'])} | {fmt(r['library_updates_per_s_median'])} | "
                  f"{fmt(r['bound_per_s_median'])} | {target} |")

    print("\n## Layout study (one thread, same kernel over two storages; and the loop before the perf change)\n")
    print("| rule | n | rows (core layout) | flat float[] | flat / rows | rows before perf change | rows / before | rows / bound |")
    print("|---|---|---|---|---|---|---|---|")
    for rule_j in ("HEBB", "DECAY_CLAMP"):
        for n in (1024, 8192):
            r = find("LayoutBenchmark.rows", n=n, rule=rule_j)[0]
            f = find("LayoutBenchmark.flat", n=n, rule=rule_j)[0]
            o = find("LayoutBenchmark.rowsBeforeFix", n=n, rule=rule_j)[0]
            b = find("BandwidthBenchmark.rmw", n=n, threads=1)[0]
            nn = n * n
            print(f"| {rule_j.lower()} | {n} | {fmt(r and r * nn)} | {fmt(f and f * nn)} | {fmt(ratio(f, r))} | "
                  f"{fmt(o and o * nn)} | {fmt(ratio(r, o))} | {fmt(ratio(r, b))} |")

    print("\n## LocalRule against the built-in Hebbian (decay+clamp, one thread, updates/s)\n")
    print("The core gives each bound LocalRule its own copy of the update loop (a hidden class), so its call "
          "to the user's function stays inlined however many local rules ran before (LOCAL_AFTER_3).\n")
    print("| n | built-in | LocalRule (only one in the JVM) | LocalRule after 3 others ran | built-in / local | built-in / local after 3 | target |")
    print("|---|---|---|---|---|---|---|")
    for n in (1024, 8192):
        bi = find("LocalRuleBenchmark.step", n=n, kind="BUILTIN")[0]
        lo = find("LocalRuleBenchmark.step", n=n, kind="LOCAL")[0]
        l3 = find("LocalRuleBenchmark.step", n=n, kind="LOCAL_AFTER_3")[0]
        nn = n * n
        print(f"| {n} | {fmt(bi and bi * nn)} | {fmt(lo and lo * nn)} | {fmt(l3 and l3 * nn)} | "
              f"{fmt(ratio(bi, lo))} | {fmt(ratio(bi, l3))} | <= 2 |")
    lpaired = jsonl(os.path.join(d, "localrule-paired.jsonl"))
    if lpaired:
        print("\nAlternated in one JVM after three other local rules (LocalRulePairedRatio): built-in / local, "
              "median and quartiles over the rounds.\n")
        print("| n | rounds | built-in / local, median | quartiles | built-in updates/s | local updates/s |")
        print("|---|---|---|---|---|---|")
        for r in lpaired:
            print(f"| {r['n']} | {r['rounds']} | {fmt(r['builtin_over_local_median'])} | {fmt(r['q1'])} - {fmt(r['q3'])} | "
                  f"{fmt(r['builtin_updates_per_s_median'])} | {fmt(r['local_updates_per_s_median'])} |")

    print("\n## Other rules, one Simulation.step each (RateRuleBenchmark, SpikingRuleBenchmark)\n")
    print("Rate rules: workload A's network (rate inputs -> rate units, all-to-all, bounds [0, 1]). Spiking rules: "
          "n Poisson inputs at 15 Hz -> n LIF units, all-to-all, weights scaled by 1000 / n. "
          "Synapses/s = steps/s x n² (every synapse is covered once per step, updated or not).\n")
    print("| rule | n | threads | steps/s (± JMH error) | RTF | synapses/s | allocation B/step (-prof gc) |")
    print("|---|---|---|---|---|---|---|")
    for rule, sizes in (("OJA", (1024, 8192)), ("BCM", (1024, 8192))):
        for n in sizes:
            for t in (1, 2):
                s_, e, a = find("RateRuleBenchmark.step", rule=rule, n=n, threads=t)
                print(f"| {rule.lower()} | {n} | {t} | {fmt(s_)} (± {fmt(e, 2)}) | {fmt(None if s_ is None else s_ * DT_S)} | "
                      f"{fmt(None if s_ is None else s_ * n * n)} | {fmt(a)} |")
    for rule in ("SCALING", "TRIPLET_STDP", "ELIGIBILITY", "ELIGIBILITY_EVERY_10_MS", "CALCIUM"):
        for n in (1000, 4000):
            for t in (1, 2):
                s_, e, a = find("SpikingRuleBenchmark.step", rule=rule, n=n, threads=t)
                print(f"| {rule.lower()} | {n} | {t} | {fmt(s_)} (± {fmt(e, 2)}) | {fmt(None if s_ is None else s_ * DT_S)} | "
                      f"{fmt(None if s_ is None else s_ * n * n)} | {fmt(a)} |")

    print("\n## Spike propagation (Poisson 15 Hz -> LIF, no plasticity; expected events per step = n x 15 Hz x 0.1 ms x fan-out)\n")
    print("| n | connectivity | threads | steps/s | RTF | synaptic events/s | allocation B/step |")
    print("|---|---|---|---|---|---|---|")
    for n in (1024, 8192):
        for dense in ("true", "false"):
            for t in (1, 2):
                s, e, a = find("SpikePropagationBenchmark.step", n=n, threads=t, dense=dense)
                fan = n if dense == "true" else SPARSE_P * n
                ev = None if s is None else s * n * INPUT_RATE_HZ * DT_S * fan
                print(f"| {n} | {'all-to-all' if dense == 'true' else 'p = 0.1'} | {t} | {fmt(s)} | "
                      f"{fmt(None if s is None else s * DT_S)} | {fmt(ev)} | {fmt(a)} |")

    print("\n## Full network step (1000 Poisson 15 Hz -> 1000 LIF, all-to-all, spike-trace Hebbian on every synapse)\n")
    print("| threads | steps/s | RTF | synapse updates/s | allocation B/step (-prof gc) |")
    print("|---|---|---|---|---|")
    for t in (1, 2):
        s, e, a = find("NetworkStepBenchmark.step", n=1000, threads=t)
        print(f"| {t} | {fmt(s)} | {fmt(None if s is None else s * DT_S)} | {fmt(None if s is None else s * 1e6)} | {fmt(a)} |")

    print("\n## Rate network with transmission (rate inputs -> RatePopulation, all-to-all, decay+clamp Hebbian)\n")
    print("| n | threads | steps/s | synapses/s (n² per step) | same step without transmission (DenseHebbian decay+clamp) | ratio |")
    print("|---|---|---|---|---|---|")
    for n in (1024, 8192):
        for t in (1, 2):
            s_, e_, a_ = find("RateNetworkBenchmark.step", n=n, threads=t)
            d_ = find("DenseHebbianBenchmark.step", n=n, threads=t, rule="DECAY_CLAMP")[0]
            print(f"| {n} | {t} | {fmt(s_)} | {fmt(None if s_ is None else s_ * n * n)} | {fmt(d_)} | {fmt(ratio(d_, s_))} |")

    print("\n## B. Rate Hebbian 1000 x 1000 every step: library against Brian2 (float64 in Brian2, float32 in the library)\n")
    print("| rule | side | updates/s | RTF | final w mean | final w std |")
    print("|---|---|---|---|---|---|")
    for rule in ("hebb", "decay_clamp"):
        for r in java_b:
            if r["rule"] == rule:
                print(f"| {rule} | library, 1 thread, n = 1000 (FinalWeights, wall clock) | {fmt(r['updates_per_s'])} | "
                      f"{fmt(r['updates_per_s'] / 1e6 * DT_S)} | {fmt(r['w_mean'], 4)} | {fmt(r['w_std'], 4)} |")
        for target in ("cpp_standalone", "cython"):
            r = brian(rule, target)
            if r:
                print(f"| {rule} | Brian2 {target} (1 thread) | {fmt(r['updates_per_s'])} | "
                      f"{fmt(r['steps'] * DT_S / r['main_loop_s'])} | {fmt(r['w_mean'], 4)} | {fmt(r['w_std'], 4)} |")
    print("\nIn cache (n = 1024, JMH, 1 thread) against Brian2 (n = 1000):\n")
    print("| rule | library updates/s | Brian2 cpp_standalone | library / Brian2 cpp | Brian2 cython | library / Brian2 cython | target |")
    print("|---|---|---|---|---|---|---|")
    for rule_j, rule_p in (("HEBB", "hebb"), ("DECAY_CLAMP", "decay_clamp")):
        s = find("DenseHebbianBenchmark.step", n=1024, threads=1, rule=rule_j)[0]
        ups = None if s is None else s * 1024 * 1024
        bc = brian(rule_p, "cpp_standalone")
        by = brian(rule_p, "cython")
        print(f"| {rule_p} | {fmt(ups)} | {fmt(bc and bc['updates_per_s'])} | {fmt(ratio(ups, bc and bc['updates_per_s']))} | "
              f"{fmt(by and by['updates_per_s'])} | {fmt(ratio(ups, by and by['updates_per_s']))} | >= 10 |")

    print("\n## C. STDP network (1000 Poisson 15 Hz -> 1000 LIF, all-to-all pair STDP, 10 s, dt 0.1 ms)\n")
    print("Brian2: conductance LIF (Euler). Library: the same conductance LIF "
          "(LifPopulation.conductanceBased, exponential step at the midpoint conductance), weights in Brian2's "
          "units. Events = input spikes x neurons + neuron spikes x inputs, on both sides.\n")
    print("| side | main loop s | RTF | pre events | post events | events/s | output Hz | w mean | w std | > 0.9 gmax | < 0.1 gmax |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    rows_c = [(f"Brian2 {r['target']} ({r['threads']} thread)", r) for r in brian_c]
    rows_c += [(f"library ({r['threads']} thread, StdpNetwork, wall clock)", r) for r in java_c]
    for label, r in rows_c:
        print(f"| {label} | {fmt(r['main_loop_s'])} | {fmt(r['real_time_factor'])} | "
              f"{fmt(r['pre_events'])} | {fmt(r['post_events'])} | {fmt(r['events_per_s'])} | {fmt(r['output_rate_hz'])} | "
              f"{fmt(r['w_mean'], 4)} | {fmt(r['w_std'], 4)} | {fmt(r['frac_above_0.9gmax'])} | {fmt(r['frac_below_0.1gmax'])} |")
    bc = next((r for r in brian_c if r["target"] == "cpp_standalone" and r["threads"] == 1), None)
    if bc and java_c:
        jc = java_c[0]
        print("\n| library / Brian2 cpp_standalone (1 thread) | events/s | w mean | w std | > 0.9 gmax | < 0.1 gmax | target |")
        print("|---|---|---|---|---|---|---|")
        print(f"| StdpNetwork (wall clock, 10 s) | {fmt(ratio(jc['events_per_s'], bc['events_per_s']))} | "
              f"{fmt(ratio(jc['w_mean'], bc['w_mean']))} | {fmt(ratio(jc['w_std'], bc['w_std']))} | "
              f"{fmt(ratio(jc['frac_above_0.9gmax'], bc['frac_above_0.9gmax']))} | "
              f"{fmt(ratio(jc['frac_below_0.1gmax'], bc['frac_below_0.1gmax']))} | events >= 10, w within 0.95-1.05 |")
        for t in (1, 2):
            ev = None
            for r in jmh:
                if r["benchmark"].endswith("StdpNetworkBenchmark.step") and str(r["params"].get("threads")) == str(t):
                    ev = r.get("secondaryMetrics", {}).get("events", {}).get("score")
            if ev is not None:
                print(f"| StdpNetworkBenchmark (JMH, {t} thread{'s' if t > 1 else ''}) | {fmt(ratio(ev, bc['events_per_s']))} | | | | | |")

    if numpy_meta:
        print("\n## numpy set-up\n")
        for m in numpy_meta:
            print(f"- numpy {m['numpy']}, scipy {m['scipy']}, Python {m['python']}; OPENBLAS_NUM_THREADS="
                  f"{m['OPENBLAS_NUM_THREADS']}, OPENBLAS_CORETYPE={m['OPENBLAS_CORETYPE']}, "
                  f"OPENBLAS_L2_SIZE={m['OPENBLAS_L2_SIZE']}; BLAS threads reported: "
                  f"{json.dumps(m['blas'].get('openblas_get_num_threads') or m['blas'])}")


if __name__ == "__main__":
    main()
