#!/usr/bin/env bash
# Runs the library's JMH benchmarks and the peer workloads (numpy, Brian2) of PEER-WORKLOADS.md on
# this machine, one after the other, and writes results/<UTC stamp>/table.md with updates/s or
# events/s, real-time factors, ratios to the bandwidth bound and to the peers, and final weight
# statistics. The load average is recorded before and after every phase (load.jsonl): on a shared
# machine absolute numbers move with it, ratios measured in the same run much less.
#
# Usage: plasticity-bench/peers/run_all.sh
# Environment (all optional):
#   JMH_ARGS    JMH options (default "-f 1 -wi 3 -i 5 -w 1 -r 1"; more forks/iterations = tighter errors)
#   JMH_FILTER  benchmark regexp (default: all)
#   PAIRED_ROUNDS  rounds of the alternated library/bound measurement (default 31)
#   SKIP_JMH=1 SKIP_NUMPY=1 SKIP_BRIAN=1 SKIP_BRIAN_C=1   leave a part out
#   NUMPY_THREADS  BLAS thread counts for numpy (default "1 2")
#   OUT         output folder (default plasticity-bench/peers/results/<stamp>)
# Needs: JDK 17+, python3 with numpy and scipy, /usr/bin/python3 with Brian2 (Debian:
#   apt-get update && apt-get install -y python3-brian python3-scipy python3-threadpoolctl).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${OUT:-$HERE/results/$STAMP}
JMH_ARGS=${JMH_ARGS:-"-f 1 -wi 3 -i 5 -w 1 -r 1"}
JMH_FILTER=${JMH_FILTER:-"."}
mkdir -p "$OUT"
echo "results in $OUT"

load() {
    printf '{"kind": "load", "phase": "%s", "time": "%s", "uptime": "%s"}\n' \
        "$1" "$(date -u +%FT%TZ)" "$(uptime | sed 's/^ *//')" >> "$OUT/load.jsonl"
}

# Brian2 for /usr/bin/python3 (Debian python3-brian): installed with apt when missing and possible.
if [ "${SKIP_BRIAN:-0}" != 1 ] && ! /usr/bin/python3 -c "import brian2" 2>/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
        apt-get update -q && apt-get install -y -q python3-brian python3-scipy python3-threadpoolctl
    else
        echo "Brian2 missing: apt-get install python3-brian python3-scipy python3-threadpoolctl (as root)" >&2
    fi
fi

lscpu > "$OUT/lscpu.txt"
java -version 2> "$OUT/java-version.txt"
git -C "$ROOT" rev-parse HEAD > "$OUT/commit.txt" 2>/dev/null || true
load start

if [ "${SKIP_JMH:-0}" != 1 ]; then
    (cd "$ROOT" && ./mvnw -B -o -q -pl plasticity-bench -am package -DskipTests \
        -Dspotless.check.skip=true -Djacoco.skip=true)
    JAR="$ROOT/plasticity-bench/target/benchmarks.jar"
    load jmh-start
    # shellcheck disable=SC2086
    java -jar "$JAR" "$JMH_FILTER" $JMH_ARGS -prof gc -rf json -rff "$OUT/jmh.json" > "$OUT/jmh.txt" 2>&1
    load jmh-end
    java -cp "$JAR" io.github.plasticity.bench.FinalWeights 1000 2000 1 > "$OUT/java-B.jsonl"
    load java-B
    # Workload C with the library: 10 s of the STDP network after a 2 s warm-up on another seed.
    java -cp "$JAR" io.github.plasticity.bench.StdpNetwork 1000 10 1 2 > "$OUT/java-C.jsonl"
    load java-C
    # Library step and bound kernel alternated a fraction of a second apart: the share of the bound
    # that load changes between JMH benchmarks minutes apart cannot blur.
    java -cp "$JAR" io.github.plasticity.bench.PairedRatio "${PAIRED_ROUNDS:-31}" > "$OUT/paired.jsonl"
    load paired
    # The same with the Java heap on transparent huge pages (madvise). numpy asks the kernel for
    # huge pages for its large arrays by default (numpy_dense.py records
    # numpy._core.multiarray._get_madvise_hugepage()), so this is the JVM setting like numpy's.
    java -XX:+UseTransparentHugePages -cp "$JAR" io.github.plasticity.bench.PairedRatio \
        "${PAIRED_ROUNDS:-31}" > "$OUT/paired-thp.jsonl"
    load paired-thp
    java -cp "$JAR" io.github.plasticity.bench.LocalRulePairedRatio "${PAIRED_ROUNDS:-31}" > "$OUT/localrule-paired.jsonl"
    load localrule-paired
fi

if [ "${SKIP_BRIAN:-0}" != 1 ]; then
    for target in cpp_standalone cython; do
        for rule in hebb decay_clamp; do
            (cd "$OUT" && /usr/bin/python3 "$HERE/brian2_rate_hebbian.py" "$target" "$rule") \
                >> "$OUT/brian2-B.jsonl" 2>> "$OUT/brian2.log" || echo "Brian2 B $target $rule failed"
            load "brian2-B-$target-$rule"
        done
    done
    if [ "${SKIP_BRIAN_C:-0}" != 1 ]; then
        for target in cpp_standalone cython; do
            (cd "$OUT" && /usr/bin/python3 "$HERE/brian2_stdp_network.py" "$target" 1) \
                >> "$OUT/brian2-C.jsonl" 2>> "$OUT/brian2.log" || echo "Brian2 C $target failed"
            load "brian2-C-$target"
        done
    fi
fi

if [ "${SKIP_NUMPY:-0}" != 1 ]; then
    for t in ${NUMPY_THREADS:-1 2}; do
        # OpenBLAS tuning variables of this machine are unset for this command only.
        env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=$t \
            python3 "$HERE/numpy_dense.py" > "$OUT/numpy-$t.jsonl" || echo "numpy ($t threads) failed"
        load "numpy-$t"
    done
fi

load end
python3 "$HERE/report.py" "$OUT" > "$OUT/table.md"
echo "wrote $OUT/table.md"
