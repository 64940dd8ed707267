"""Checks the files written by ExportImportTest.writeFixtures with numpy and h5py.

Run from the repository root after the tests (which write plasticity-io/target/io-fixtures):
    ./mvnw -B -pl plasticity-io -am test -Dtest=ExportImportTest -Dsurefire.failIfNoSpecifiedTests=false
    /usr/bin/python3 plasticity-io/src/test/python/check_exports.py > plasticity-io/src/test/python/check_exports.out
Needs numpy and h5py (Debian: python3-numpy python3-h5py). Exits non-zero on any mismatch.
"""
import csv
import os
import sys

import h5py
import numpy as np

d = os.path.join(os.path.dirname(__file__), "..", "..", "..", "target", "io-fixtures")
ok = True


def check(name, cond):
    global ok
    ok = ok and bool(cond)
    print(("ok   " if cond else "FAIL ") + name)


w = np.load(os.path.join(d, "weights.npy"))
check("weights.npy dtype float32, shape (2, 3): %s %s" % (w.dtype, w.shape), w.dtype == np.float32 and w.shape == (2, 3))
check("weights.npy layout post x pre: W[1, 2] = %g (expected 12)" % w[1, 2], w[1, 2] == 12.0)

ids = np.load(os.path.join(d, "in_node_ids.npy"))
t = np.load(os.path.join(d, "in_times_ms.npy"))
check("in spikes: %d spikes, int64 ids, float64 times" % len(ids), ids.dtype == np.int64 and t.dtype == np.float64 and len(ids) == len(t))
check("in spike times sorted", np.all(np.diff(t) >= 0))

vt = np.load(os.path.join(d, "v_times_ms.npy"))
vv = np.load(os.path.join(d, "v_values.npy"))
check("v monitor: %d samples x %d units" % vv.shape, vv.shape == (len(vt), 5))
with open(os.path.join(d, "v.csv")) as f:
    rows = list(csv.reader(f))
check("v.csv header %s" % rows[0][:3], rows[0][0] == "time_ms" and rows[0][1] == "unit_0")
csv_v = np.array([[float(x) for x in r[1:]] for r in rows[1:]])
check("v.csv equals v_values.npy", np.array_equal(csv_v, vv))

with h5py.File(os.path.join(d, "spikes.h5"), "r") as h:
    hts = h["/spikes/in/timestamps"][()]
    hid = h["/spikes/in/node_ids"][()]
    sorting = h["/spikes/in"].attrs["sorting"]
    sorting = sorting.decode() if isinstance(sorting, bytes) else str(sorting)
    check("SONATA /spikes/in equals the .npy export (%d spikes)" % len(hts), np.array_equal(hts, t) and np.array_equal(hid, ids))
    check("SONATA sorting attribute = %s" % sorting, sorting == "by_time")
    check("SONATA /spikes/out present with %d spikes" % len(h["/spikes/out/timestamps"]), "out" in h["/spikes"])

with h5py.File(os.path.join(d, "all.h5"), "r") as h:
    hv = h["/monitors/m0/values"][()]
    check("all.h5 monitor values equal v_values.npy", np.array_equal(hv, vv))
    ww = h["/weights/in-_out/weight"][()]
    check("all.h5 weights: %d synapses, float32" % len(ww), ww.dtype == np.float32 and len(ww) == len(h["/weights/in-_out/pre"]))

print("numpy", np.__version__, "h5py", h5py.__version__)
print("ALL OK" if ok else "MISMATCH")
sys.exit(0 if ok else 1)
