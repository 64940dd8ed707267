#!/usr/bin/python3
"""Brian2 reference trajectories for the STDP rules of plasticity-rules.

Pre and post SpikeGeneratorGroups replay fixed spike times (on the 0.1 ms grid, with deliberate
same-step and one-step-apart pairs and runs that reach the weight bounds); four Synapses objects
apply, to the same spike trains:

  additive    Brian2's documented STDP example (examples/synapses/STDP.py, after Song, Miller &
              Abbott 2000): on_pre  Apre += dApre; w = clip(w + Apost, 0, gmax)
                            on_post Apost += dApost; w = clip(w + Apre, 0, gmax)
              dApre = 0.01*gmax, dApost = -1.05*dApre, taupre = taupost = 20 ms, gmax = 0.01
  nearest     the same with nearest-spike traces (Apre = dApre, Apost = dApost on a spike)
  multiplicative  van Rossum et al. 2000 form: depression w = clip(w + w*Mpost, 0, gmax) with
              Mpost += -0.0105 (fraction of w), potentiation as additive
  triplet     Pfister & Gerstner 2006 all-to-all, visual-cortex minimal set, weights clipped to
              [0, 2]: on_pre  w = clip(w - o1*(A2m + A3m*r2), 0, 2); r1 += 1; r2 += 1
                      on_post w = clip(w + r1*(A2p + A3p*o2), 0, 2); o1 += 1; o2 += 1

Brian2 runs the pre pathway before the post pathway within a step. Weights are recorded at the
end of every step (StateMonitor when='end').

Outputs (next to this script): pair_stdp_spikes.csv (population,unit,step), pair_stdp_initial.csv
(variant,pre,post,w0) and pair_stdp_weights.csv (step, then one column per variant and synapse;
only the first and last step and the steps in which a weight changed).
Run with the Debian package: /usr/bin/python3 pair_stdp_reference.py
"""
import os

import numpy as np
from brian2 import (ms, defaultclock, prefs, SpikeGeneratorGroup, Synapses, StateMonitor,
                    Network, __version__ as brian_version)

prefs.codegen.target = 'numpy'
DT = 0.1 * ms
defaultclock.dt = DT
STEPS = 10000  # 1 s
N_PRE, N_POST = 3, 2
here = os.path.dirname(os.path.abspath(__file__))

# Fixed spike steps: random trains from a fixed seed plus hand-made coincidences.
rng = np.random.RandomState(20240611)
pre_steps = {u: set(rng.choice(np.arange(10, STEPS - 10), 25, replace=False)) for u in range(N_PRE)}
post_steps = {u: set(rng.choice(np.arange(10, STEPS - 10), 25, replace=False)) for u in range(N_POST)}
pre_steps[0].add(1000); post_steps[0].add(1000)          # same step (dt = 0)
pre_steps[1].add(2000); post_steps[1].add(2001)          # pre one step before post
post_steps[0].add(3000); pre_steps[2].add(3001)          # post one step before pre
for k in range(25):                                      # pre 2 ms before post every 20 ms:
    pre_steps[2].add(4000 + 200 * k)                     # drives the 2->1 synapse to gmax
    post_steps[1].add(4020 + 200 * k)
for k in range(30):                                      # post 1 ms before pre every 20 ms:
    post_steps[0].add(100 + 200 * k)                     # drives the 0->0 synapse to 0
    pre_steps[0].add(110 + 200 * k)


def flatten(steps):
    idx, t = [], []
    for u in sorted(steps):
        for s in sorted(steps[u]):
            idx.append(u)
            t.append(s)
    return np.array(idx), np.array(t)


pre_i, pre_s = flatten(pre_steps)
post_i, post_s = flatten(post_steps)
pre = SpikeGeneratorGroup(N_PRE, pre_i, pre_s * DT)
post = SpikeGeneratorGroup(N_POST, post_i, post_s * DT)

gmax = 0.01
taupre = taupost = 20 * ms
dApre = 0.01 * gmax
dApost = -1.05 * 0.01 * gmax
traces = '''w : 1
            dApre/dt = -Apre / taupre : 1 (event-driven)
            dApost/dt = -Apost / taupost : 1 (event-driven)'''

additive = Synapses(pre, post, traces,
                    on_pre='''Apre += dApre
                              w = clip(w + Apost, 0, gmax)''',
                    on_post='''Apost += dApost
                               w = clip(w + Apre, 0, gmax)''', name='additive')
nearest = Synapses(pre, post, traces,
                   on_pre='''Apre = dApre
                             w = clip(w + Apost, 0, gmax)''',
                   on_post='''Apost = dApost
                              w = clip(w + Apre, 0, gmax)''', name='nearest')
aminus_rel = -1.05 * 0.01
multiplicative = Synapses(pre, post,
                          '''w : 1
                             dApre/dt = -Apre / taupre : 1 (event-driven)
                             dMpost/dt = -Mpost / taupost : 1 (event-driven)''',
                          on_pre='''Apre += dApre
                                    w = clip(w + w * Mpost, 0, gmax)''',
                          on_post='''Mpost += aminus_rel
                                     w = clip(w + Apre, 0, gmax)''', name='multiplicative')
A2p, A3p, A2m, A3m = 5e-10, 6.2e-3, 7e-3, 2.3e-4
tau_plus, tau_minus, tau_x, tau_y = 16.8 * ms, 33.7 * ms, 101 * ms, 125 * ms
triplet = Synapses(pre, post,
                   '''w : 1
                      dr1/dt = -r1 / tau_plus : 1 (event-driven)
                      dr2/dt = -r2 / tau_x : 1 (event-driven)
                      do1/dt = -o1 / tau_minus : 1 (event-driven)
                      do2/dt = -o2 / tau_y : 1 (event-driven)''',
                   on_pre='''w = clip(w - o1 * (A2m + A3m * r2), 0, 2)
                             r1 += 1
                             r2 += 1''',
                   on_post='''w = clip(w + r1 * (A2p + A3p * o2), 0, 2)
                              o1 += 1
                              o2 += 1''', name='triplet')

variants = [additive, nearest, multiplicative, triplet]
w0 = {
    'additive': [0.001, 0.0001, 0.003, 0.007, 0.009, 0.0099],
    'nearest': [0.001, 0.0001, 0.003, 0.007, 0.009, 0.0099],
    'multiplicative': [0.001, 0.0001, 0.003, 0.007, 0.009, 0.0099],
    'triplet': [1.0, 0.02, 0.5, 1.5, 1.99, 1.2],
}
monitors = []
for s in variants:
    s.connect()
    # Synapse k connects pre s.i[k] to post s.j[k] (pre-major order); w0 lists them in that order.
    s.w = w0[s.name]
    monitors.append(StateMonitor(s, 'w', record=True, when='end'))

net = Network(pre, post, *variants, *monitors)
net.run(STEPS * DT)

with open(os.path.join(here, 'pair_stdp_spikes.csv'), 'w') as f:
    f.write('population,unit,step\n')
    for name, idx, st in (('pre', pre_i, pre_s), ('post', post_i, post_s)):
        for u, s in zip(idx, st):
            f.write('%s,%d,%d\n' % (name, u, s))

with open(os.path.join(here, 'pair_stdp_initial.csv'), 'w') as f:
    f.write('variant,pre,post,w0\n')
    for s in variants:
        for k in range(len(s.i)):
            f.write('%s,%d,%d,%r\n' % (s.name, s.i[k], s.j[k], w0[s.name][k]))

columns = []
header = ['step']
for s, m in zip(variants, monitors):
    for k in range(len(s.i)):
        header.append('%s_pre%d_post%d' % (s.name, s.i[k], s.j[k]))
        columns.append(np.asarray(m.w[k]))
steps = np.rint(np.asarray(monitors[0].t / DT)).astype(int)
table = np.array(columns)
changed = np.ones(len(steps), dtype=bool)
changed[1:-1] = np.any(table[:, 1:-1] != table[:, :-2], axis=0)
with open(os.path.join(here, 'pair_stdp_weights.csv'), 'w') as f:
    f.write('# Brian2 %s, numpy target, dt = 0.1 ms; w at the end of step; rows: first, last and '
            'every step in which a weight changed\n' % brian_version)
    f.write(','.join(header) + '\n')
    for r in np.nonzero(changed)[0]:
        f.write('%d,' % steps[r] + ','.join('%r' % float(c[r]) for c in columns) + '\n')
