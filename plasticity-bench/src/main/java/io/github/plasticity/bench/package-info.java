/**
 * JMH benchmarks of the library's hot loops, called the way users call them (through {@link
 * io.github.plasticity.core.Simulation}, projections and rules), with the memory-bandwidth bound
 * measured in the same run, and a layout study of the dense weight storage.
 *
 * <p>Not published. Build with {@code ./mvnw -B -o -pl plasticity-bench -am package -DskipTests}
 * and run {@code java -jar plasticity-bench/target/benchmarks.jar}; {@code
 * plasticity-bench/peers/run_all.sh} runs these beside numpy and Brian2 and writes the table of
 * ratios.
 */
package io.github.plasticity.bench;
