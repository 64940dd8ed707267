#!/usr/bin/python3
"""Brian2's documented STDP example (examples/synapses/STDP.py, after Song, Miller & Abbott 2000),
run for several seeds, reporting the weight distribution at 10, 30 and 100 s.

Set-up exactly as in the example: 1000 PoissonGroup inputs at 15 Hz onto one neuron with
dv/dt = (ge*(Ee - vr) + El - v)/taum, dge/dt = -ge/taue (method 'exact'), threshold v > -54 mV,
reset -60 mV, taum = 10 ms, taue = 5 ms, El = -74 mV, Ee = 0 mV; additive STDP with
dApre = 0.01*gmax, dApost = -1.05*dApre, taupre = taupost = 20 ms, gmax = 0.01, w = clip(.., 0, gmax),
initial w = rand()*gmax. One deviation: v starts at vr = -60 mV (the example leaves it at 0 mV, which
only adds a spike in the first step). dt = 0.1 ms. Code generation target cython (for speed).

Output (next to this script): song2000_network.csv with, per seed and time, the fraction of weights
below 0.1 gmax, above 0.9 gmax, in either, the mean w/gmax and the mean output rate since t = 0.
Run with the Debian package: /usr/bin/python3 song2000_network_reference.py [seeds...]
"""
import os
import sys

import numpy as np
from brian2 import (ms, mV, Hz, second, prefs, seed, defaultclock, PoissonGroup, NeuronGroup,
                    Synapses, SpikeMonitor, Network, __version__ as brian_version)

prefs.codegen.target = 'cython'
defaultclock.dt = 0.1 * ms
here = os.path.dirname(os.path.abspath(__file__))
seeds = [int(s) for s in sys.argv[1:]] or [1, 2, 3, 4]
checkpoints = [10, 30, 100]

rows = []
for s in seeds:
    seed(s)
    N = 1000
    taum = 10 * ms
    taupre = 20 * ms
    taupost = taupre
    Ee = 0 * mV
    vt = -54 * mV
    vr = -60 * mV
    El = -74 * mV
    taue = 5 * ms
    F = 15 * Hz
    gmax = .01
    dApre = .01
    dApost = -dApre * taupre / taupost * 1.05
    dApost *= gmax
    dApre *= gmax
    inputs = PoissonGroup(N, rates=F)
    neuron = NeuronGroup(1, '''dv/dt = (ge * (Ee-vr) + El - v) / taum : volt
                               dge/dt = -ge / taue : 1''',
                         threshold='v>vt', reset='v = vr', method='exact')
    neuron.v = vr
    S = Synapses(inputs, neuron,
                 '''w : 1
                    dApre/dt = -Apre / taupre : 1 (event-driven)
                    dApost/dt = -Apost / taupost : 1 (event-driven)''',
                 on_pre='''ge += w
                           Apre += dApre
                           w = clip(w + Apost, 0, gmax)''',
                 on_post='''Apost += dApost
                            w = clip(w + Apre, 0, gmax)''')
    S.connect()
    S.w = 'rand() * gmax'
    spikes = SpikeMonitor(neuron)
    net = Network(inputs, neuron, S, spikes)
    done = 0
    for c in checkpoints:
        net.run((c - done) * second)
        done = c
        x = np.asarray(S.w_[:]) / gmax
        rows.append((s, c, np.mean(x < 0.1), np.mean(x > 0.9),
                     np.mean((x < 0.1) | (x > 0.9)), np.mean(x), spikes.num_spikes / c))
        print(rows[-1], flush=True)

with open(os.path.join(here, 'song2000_network.csv'), 'w') as f:
    f.write('# Brian2 %s, cython target, dt = 0.1 ms; Brian2 STDP example, 1000 inputs\n'
            % brian_version)
    f.write('seed,time_s,frac_below_0.1,frac_above_0.9,frac_extreme,mean_w_over_gmax,'
            'mean_rate_hz\n')
    for r in rows:
        f.write('%d,%d,%.6f,%.6f,%.6f,%.6f,%.4f\n' % r)
