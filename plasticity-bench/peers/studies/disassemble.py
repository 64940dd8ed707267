#!/usr/bin/env python3
"""Disassembles the last C2 compilation of a method from a HotSpot -XX:CompileCommand=print log.

The hsdis library of this machine's JDK prints the machine code as hex words only; this script
joins them and decodes them with objdump (binutils). Usage:

    java -XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=print,DenseKernels::clamp1 \
        plasticity-bench/peers/studies/DenseKernels.java 1024 31 > print.log
    python3 plasticity-bench/peers/studies/disassemble.py print.log DenseKernels::clamp1

Prints objdump's listing; `| grep zmm` shows the vectorised main loop.
"""
import re
import subprocess
import sys


def main(log, method):
    text = open(log).read()
    compiles = re.split(r"\n(?=Compiled method)", text)
    c2 = [c for c in compiles if c.startswith("Compiled method (c2)") and method in c.split("\n", 1)[0]]
    if not c2:
        sys.exit(f"no C2 compilation of {method} in {log}")
    start = None
    code = bytearray()
    for line in c2[-1].split("\n"):
        m = re.match(r"\s*0x([0-9a-f]+): ((?:[0-9a-f]{2,4}\s*\|?\s*)+)$", line)
        if not m:
            continue
        address = int(m.group(1), 16)
        if start is None:
            start = address
        if address - start > len(code):
            code += b"\x00" * (address - start - len(code))
        for word in re.findall(r"[0-9a-f]{2,4}", m.group(2)):
            code += bytes.fromhex(word)
    with open("/tmp/disassemble.bin", "wb") as f:
        f.write(code)
    out = subprocess.run(["objdump", "-D", "-b", "binary", "-mi386:x86-64", f"--adjust-vma={start:#x}",
                          "/tmp/disassemble.bin"], capture_output=True, text=True, check=True).stdout
    print(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
