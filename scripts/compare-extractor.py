#!/usr/bin/env python3
"""Checks kgraph's own extractor against the standard tools on one vmlinux.

usage: scripts/compare-extractor.py VMLINUX [--db DIR] [--keep]

Imports VMLINUX into a fresh database (or DIR), then sets each count kgraph holds beside the
same count taken by readelf, bpftool and llvm-dwarfdump from the same file, and says where and
why they differ. Exits 1 when a count disagrees without a known cause.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KGRAPH = os.path.join(REPO, "kgraph")

# What kgraph leaves out on purpose, as DepSurf does: compile-time assertion stubs.
SKIPPED_PREFIX = "__compiletime_assert_"

DWARF_COUNTS_AWK = r"""
function close_die() { if (tail && origin) tail_direct++; tail = 0; origin = 0 }
/^0x[0-9a-f]+: +(DW_TAG_|NULL)/ {
  close_die()
  tag = $2; named = 0
  if (tag == "DW_TAG_compile_unit") cus++
  else if (tag == "DW_TAG_subprogram") subprograms++
  else if (tag == "DW_TAG_inlined_subroutine") inlined++
  else if (tag == "DW_TAG_call_site" || tag == "DW_TAG_GNU_call_site") sites++
  next
}
tag == "DW_TAG_compile_unit" && /DW_AT_language/ && /Rust/ { rust_cus++ }
tag == "DW_TAG_subprogram" && /^ +DW_AT_name\t/ && !named {
  named = 1
  name = $0; sub(/^[^(]*\("/, "", name); sub(/"\)$/, "", name)
  if (!(name in seen)) { seen[name] = 1; distinct++ }
}
(tag == "DW_TAG_call_site" && /DW_AT_call_origin/) || (tag == "DW_TAG_GNU_call_site" && /DW_AT_abstract_origin/) {
  direct_sites++
  if (/DW_AT_call_origin|DW_AT_abstract_origin/ && $0 ~ /"__compiletime_assert_/) assert_sites++
}
tag == "DW_TAG_inlined_subroutine" && /DW_AT_abstract_origin/ && $0 ~ /"__compiletime_assert_/ { assert_inlined++ }
(tag == "DW_TAG_call_site" && /DW_AT_call_origin/) || (tag == "DW_TAG_GNU_call_site" && /DW_AT_abstract_origin/) { origin = 1 }
/DW_AT_call_tail_call|DW_AT_GNU_tail_call/ { tail_sites++; tail = 1 }
END {
  close_die()
  for (n in seen) if (index(n, "__compiletime_assert_") == 1) asserts++
  printf "cus %d\nrust_cus %d\nsubprograms %d\ninlined %d\ncall_sites %d\ndirect_sites %d\n", cus, rust_cus, subprograms, inlined, sites, direct_sites
  printf "tail_sites %d\ntail_direct %d\ndistinct_names %d\nassert_names %d\nassert_sites %d\nassert_inlined %d\n", tail_sites, tail_direct, distinct, asserts, assert_sites, assert_inlined
}
"""


def run(args, **kwargs):
    return subprocess.run(args, check=True, text=True, stdout=subprocess.PIPE, **kwargs).stdout


def kgraph(db, *args):
    return json.loads(run([KGRAPH, "--db", db, *args, "--json"]))


def cypher(db, query, image):
    return kgraph(db, "cypher", query, "-p", "image=" + image)


def readelf_function_symbols(vmlinux):
    symbols = []
    for line in run(["readelf", "-sW", vmlinux]).splitlines():
        cols = line.split()
        if len(cols) >= 8 and cols[3] == "FUNC" and not cols[7].startswith("__pfx_"):
            symbols.append(cols[7])
    return symbols


def bpftool_functions(vmlinux):
    names = set()
    for line in run(["bpftool", "btf", "dump", "file", vmlinux]).splitlines():
        m = re.match(r"\[\d+\] FUNC '([^']*)'", line)
        if m:
            names.add(m.group(1))
    return names


def dwarfdump_counts(vmlinux):
    dump = subprocess.Popen(["llvm-dwarfdump", "--debug-info", vmlinux], stdout=subprocess.PIPE)
    out = run(["awk", DWARF_COUNTS_AWK], stdin=dump.stdout)
    dump.wait()
    return {k: int(v) for k, v in (line.split() for line in out.splitlines())}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vmlinux")
    parser.add_argument("--db", help="database folder (default: a new temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database")
    opts = parser.parse_args()

    db = opts.db or os.path.join(tempfile.mkdtemp(prefix="kgraph-compare-"), "db")
    summary = kgraph(db, "import", "vmlinux", opts.vmlinux)
    image = summary["images"][0]["image"]
    counts = summary["images"][0]["counts"]
    print(f"image {image} in {db}", file=sys.stderr)

    rows = []

    def row(what, ours, peer, tool, cause=None):
        rows.append((what, ours, peer, tool, ours - peer, cause))

    # ELF symbols: kgraph keeps a symbol when DWARF has a function of its name (DepSurf's rule).
    elf = readelf_function_symbols(opts.vmlinux)
    functions = {r["name"] for r in cypher(db, "MATCH (g:FuncGroup {image: $image}) RETURN g.name AS name", image)}
    stems = collections.Counter(s.split(".")[0] for s in elf)
    without_dwarf = sum(n for stem, n in stems.items() if stem not in functions)
    kept = cypher(db, "MATCH (s:Symbol {image: $image}) RETURN count(s) AS n", image)[0]["n"]
    row("function symbols (FUNC, not __pfx_)", kept, len(elf), "readelf -sW",
        f"{without_dwarf} symbols name no DWARF function (assembly, linker-made)" if without_dwarf else None)
    if kept + without_dwarf != len(elf):
        rows[-1] = rows[-1][:5] + ("UNEXPLAINED",)

    # BTF: every BTF function is a DWARF function of the same image, with its prototype.
    btf = bpftool_functions(opts.vmlinux)
    with_prototype = {r["name"] for r in cypher(
        db, "MATCH (g:FuncGroup {image: $image}) WHERE g.prototype IS NOT NULL RETURN g.name AS name", image)}
    row("functions with a BTF prototype", len(with_prototype), len(btf), "bpftool btf dump",
        None if with_prototype == btf else f"{len(btf - with_prototype)} BTF functions without one: "
        + ", ".join(sorted(btf - with_prototype)[:5]))

    # DWARF: names, inline sites and direct call sites.
    dw = dwarfdump_counts(opts.vmlinux)
    row("function names (distinct DW_TAG_subprogram names)", len(functions), dw["distinct_names"] - dw["assert_names"],
        "llvm-dwarfdump --debug-info",
        f"{dw['assert_names']} __compiletime_assert_ stubs left out" if dw["assert_names"] else None)
    rust = f"; {dw['rust_cus']} Rust compile units are skipped" if dw["rust_cus"] else ""
    row("inline sites (DW_TAG_inlined_subroutine)", counts["inlineCallerEntries"],
        dw["inlined"] - dw["assert_inlined"], "llvm-dwarfdump --debug-info", rust or None)
    row("direct call sites (call_site with an origin)", counts["directCallerEntries"],
        dw["direct_sites"] - dw["assert_sites"], "llvm-dwarfdump --debug-info", rust or None)
    tails = cypher(db, "MATCH (a:Instance {image: $image})-[r:CALLS]->() RETURN sum(r.tailSites) AS n", image)[0]["n"]
    row("tail-call sites with an origin", tails, dw["tail_direct"], "llvm-dwarfdump --debug-info")

    width = max(len(r[0]) for r in rows)
    print(f"{'count':<{width}}  {'kgraph':>10}  {'peer':>10}  {'diff':>8}  peer tool / cause")
    failed = False
    for what, ours, peer, tool, diff, cause in rows:
        note = tool + ("" if diff == 0 else f"; {cause or 'UNEXPLAINED'}")
        failed |= diff != 0 and (cause is None or cause == "UNEXPLAINED")
        print(f"{what:<{width}}  {ours:>10,}  {peer:>10,}  {diff:>+8,}  {note}")
    print(f"DWARF: {dw['cus']:,} compile units ({dw['rust_cus']} Rust, skipped), {dw['subprograms']:,} subprogram DIEs, "
          f"{dw['call_sites']:,} call-site DIEs ({dw['tail_sites']:,} tail calls, "
          f"{dw['tail_sites'] - dw['tail_direct']:,} of them indirect)")
    if not opts.db and not opts.keep:
        shutil.rmtree(os.path.dirname(db))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
