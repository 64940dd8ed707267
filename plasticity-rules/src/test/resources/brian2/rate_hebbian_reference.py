#!/usr/bin/python3
"""Brian2 reference trajectories for the rate form of plasticity-rules' Hebbian rule.

Two NeuronGroups with a constant variable r (fixed values below, in [0, 1)); all-to-all
Synapses; every step (dt = 0.1 ms) a run_regularly operation applies
  (a) plain:       w = w + eta_a * r_post * r_pre                      eta_a = 1e-4
  (b) decay+clip:  w = clip(w * (1 - decay) + eta_b * r_post * r_pre, 0, wmax)
                   eta_b = 2e-3, decay = 1e-3, wmax = 1 (fixed point eta_b r r / decay exceeds
                   wmax for the largest rates, so the clip acts)
as in the Brian2 rate-Hebbian peer workload (PEER-WORKLOADS.md B), on 5 pre and 4 post units for
2000 steps. Weights are recorded at the end of every 100th step (StateMonitor when='end').

Output (next to this script): rate_hebbian.csv: a comment line, then the header
step,<variant>_pre<i>_post<j>...; the first row (step -1) holds the initial weights.
Run with the Debian package: /usr/bin/python3 rate_hebbian_reference.py
"""
import os

import numpy as np
from brian2 import (ms, defaultclock, prefs, NeuronGroup, Synapses, StateMonitor, Network,
                    __version__ as brian_version)

prefs.codegen.target = 'numpy'
DT = 0.1 * ms
defaultclock.dt = DT
STEPS = 2000
here = os.path.dirname(os.path.abspath(__file__))

r_pre = [0.05, 0.3, 0.55, 0.8, 0.95]
r_post = [0.1, 0.45, 0.7, 0.9]
eta_a = 1e-4
eta_b = 2e-3
decay = 1e-3
wmax = 1.0

pre = NeuronGroup(len(r_pre), 'r : 1 (constant)')
post = NeuronGroup(len(r_post), 'r : 1 (constant)')
pre.r = r_pre
post.r = r_post

plain = Synapses(pre, post, 'w : 1', name='plain')
clipped = Synapses(pre, post, 'w : 1', name='decayclip')
rng = np.random.RandomState(7)
monitors = []
initial = {}
for s in (plain, clipped):
    s.connect()
    w0 = 0.5 * rng.rand(len(s.i))
    w0[-1] = 0.999  # the largest rates: starts near wmax and is clipped there
    s.w = w0
    initial[s.name] = w0
plain.run_regularly('w = w + eta_a * r_post * r_pre', dt=DT, when='start')
clipped.run_regularly('w = clip(w * (1 - decay) + eta_b * r_post * r_pre, 0, wmax)', dt=DT,
                      when='start')
for s in (plain, clipped):
    monitors.append(StateMonitor(s, 'w', record=True, when='end', dt=100 * DT))

net = Network(pre, post, plain, clipped, *monitors)
net.run(STEPS * DT)

header = ['step']
columns = []
for s, m in zip((plain, clipped), monitors):
    for k in range(len(s.i)):
        header.append('%s_pre%d_post%d' % (s.name, s.i[k], s.j[k]))
        columns.append(np.concatenate(([initial[s.name][k]], np.asarray(m.w[k]))))
steps = np.concatenate(([-1], np.rint(np.asarray(monitors[0].t / DT)).astype(int)))
with open(os.path.join(here, 'rate_hebbian.csv'), 'w') as f:
    f.write('# Brian2 %s, numpy target, dt = 0.1 ms; w at the end of every 100th step; step -1 = '
            'initial; r_pre = %r; r_post = %r\n' % (brian_version, r_pre, r_post))
    f.write(','.join(header) + '\n')
    for r in range(len(steps)):
        f.write('%d,' % steps[r] + ','.join('%r' % float(c[r]) for c in columns) + '\n')
