/**
 * Export of monitors and weights to CSV, NumPy {@code .npy} and HDF5 (spikes in the SONATA layout),
 * readable from Python (numpy, h5py) and MATLAB; import of recorded spike times and rate time
 * series to drive the model with a user's own data.
 */
package io.github.plasticity.io;
