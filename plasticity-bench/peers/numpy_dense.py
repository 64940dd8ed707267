#!/usr/bin/env python3
"""Workload A of PEER-WORKLOADS.md in numpy: the dense Hebbian update of an N x N weight matrix.

    (a) hebb:        W[r, c] += ETA * post[r] * pre[c]
    (b) decay_clamp: W[r, c] = clip(W[r, c] * (1 - DECAY) + ETA * post[r] * pre[c], 0, WMAX)

Forms: naive (np.outer, allocates a temporary N x N matrix) and in-place BLAS
(scipy.linalg.blas.sger/dger on W.T, overwrite_a=1; for (b) in place: W *= 1 - DECAY, ger, clip out=W).
float32 and float64. Run it with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset and
OPENBLAS_NUM_THREADS set (run_all.sh does: env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE
OPENBLAS_NUM_THREADS=1 python3 numpy_dense.py). Prints one JSON object per line.
"""
import importlib
import json
import os
import sys
import time

# ---- parameters (PEER-WORKLOADS.md A) ----
SIZES = [256, 1024, 4096, 8192]
ETA = 1e-4
DECAY = 1e-3
WMAX = 1.0
DTYPES = ["float32", "float64"]
MIN_SECONDS = 0.25      # each timed batch lasts at least this long
BATCHES = 3             # timed batches; the median per-update time is reported
SEED = 20001
# -------------------------------------------

import numpy as np  # noqa: E402  (after the environment is fixed by the caller)
import scipy  # noqa: E402
import scipy.linalg.blas as blas  # noqa: E402


def blas_threads():
    """BLAS threads as threadpoolctl reports them; Debian's threadpoolctl is loaded by path if the
    interpreter has none of its own. Falls back to OPENBLAS_NUM_THREADS (how the caller set it)."""
    try:
        import threadpoolctl
    except ImportError:
        path = "/usr/lib/python3/dist-packages/threadpoolctl.py"
        if not os.path.exists(path):
            return {"source": "env OPENBLAS_NUM_THREADS", "threads": os.environ.get("OPENBLAS_NUM_THREADS")}
        import importlib.util
        spec = importlib.util.spec_from_file_location("threadpoolctl", path)
        threadpoolctl = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(threadpoolctl)
    info = threadpoolctl.threadpool_info()
    out = {"source": "threadpoolctl " + threadpoolctl.__version__,
           "pools": [{k: p.get(k) for k in ("internal_api", "num_threads", "version", "architecture", "filepath")}
                     for p in info]}
    out["openblas_get_num_threads"] = openblas_threads_by_ctypes()
    return out


def openblas_threads_by_ctypes():
    """Asks every OpenBLAS loaded in this process (numpy's and scipy's wheels bundle their own,
    which older threadpoolctl versions do not recognise) for its thread count."""
    import ctypes
    found = {}
    with open("/proc/self/maps") as f:
        libs = sorted({line.split()[-1] for line in f if "openblas" in line.lower() and ".so" in line})
    for lib in libs:
        try:
            h = ctypes.CDLL(lib)
        except OSError:
            continue
        for sym in ("openblas_get_num_threads", "openblas_get_num_threads64_",
                    "scipy_openblas_get_num_threads64_", "scipy_openblas_get_num_threads"):
            fn = getattr(h, sym, None)
            if fn is not None:
                found[lib] = {"symbol": sym, "threads": int(fn())}
                break
    return found


def timed(fn, n_updates):
    fn()  # warm-up
    reps = 1
    while True:
        t0 = time.perf_counter()
        for _ in range(reps):
            fn()
        dt = time.perf_counter() - t0
        if dt >= MIN_SECONDS or reps >= 1 << 20:
            break
        reps = max(reps * 2, int(reps * MIN_SECONDS / max(dt, 1e-9)) + 1)
    per = []
    for _ in range(BATCHES):
        t0 = time.perf_counter()
        for _ in range(reps):
            fn()
        per.append((time.perf_counter() - t0) / reps)
    per.sort()
    med = per[len(per) // 2]
    return {"seconds_per_step_median": med, "seconds_per_step_best": per[0],
            "updates_per_s": n_updates / med, "updates_per_s_best": n_updates / per[0], "steps_per_batch": reps}


def madvise_hugepage():
    """Whether numpy asks the kernel for transparent huge pages for large arrays (its default on
    Linux), or None where this numpy does not say."""
    for mod in ("numpy._core.multiarray", "numpy.core.multiarray"):
        try:
            return bool(importlib.import_module(mod)._get_madvise_hugepage())
        except (ImportError, AttributeError):
            continue
    return None


def main():
    rng = np.random.default_rng(SEED)
    blas.sger(1.0, np.ones(2, np.float32), np.ones(2, np.float32))  # load scipy's BLAS before asking
    meta = {"kind": "meta", "python": sys.version.split()[0], "executable": sys.executable,
            "numpy": np.__version__, "scipy": scipy.__version__, "blas": blas_threads(),
            "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS"),
            "OPENBLAS_CORETYPE": os.environ.get("OPENBLAS_CORETYPE"),
            "OPENBLAS_L2_SIZE": os.environ.get("OPENBLAS_L2_SIZE"),
            "madvise_hugepage": madvise_hugepage()}
    print(json.dumps(meta), flush=True)
    for dtype in DTYPES:
        ger = blas.sger if dtype == "float32" else blas.dger
        for n in SIZES:
            pre = rng.random(n).astype(dtype)
            post = rng.random(n).astype(dtype)
            w0 = (0.5 * rng.random((n, n))).astype(dtype)
            W = w0.copy()
            keep = np.asarray(1 - DECAY, dtype=dtype)
            eta = np.asarray(ETA, dtype=dtype)

            def hebb_naive():
                nonlocal W
                W += eta * np.outer(post, pre)

            def hebb_ger():
                out = ger(ETA, pre, post, a=W.T, overwrite_a=1)
                assert out.base is W or np.shares_memory(out, W)

            def dc_naive():
                nonlocal W
                W = np.clip(W * keep + eta * np.outer(post, pre), 0, WMAX)

            def dc_inplace():
                np.multiply(W, keep, out=W)
                ger(ETA, pre, post, a=W.T, overwrite_a=1)
                np.clip(W, 0, WMAX, out=W)

            for rule, form, fn in (("hebb", "naive", hebb_naive), ("hebb", "sger", hebb_ger),
                                   ("decay_clamp", "naive", dc_naive), ("decay_clamp", "inplace_sger", dc_inplace)):
                W = w0.copy()
                r = timed(fn, n * n)
                r.update({"kind": "numpy", "rule": rule, "form": form, "dtype": dtype, "n": n,
                          "w_mean": float(W.mean()), "w_std": float(W.std())})
                print(json.dumps(r), flush=True)
            del W, w0


if __name__ == "__main__":
    main()
