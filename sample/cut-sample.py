#!/usr/bin/env python3
"""Cut a small, faithful sample out of the DepSurf per-image dataset.

Usage:
    python3 sample/cut-sample.py [SRC_DIR] [OUT_DIR]

SRC_DIR defaults to <repo>/../shared/depsurf and OUT_DIR to <repo>/sample/depsurf,
where <repo> is the parent directory of this script's folder.

The output keeps the dataset layout (<kind>/<image>.<ext>) for every image listed in
SRC_DIR/func_groups/. Every record line that is kept is copied byte-for-byte from the
source; nothing is re-serialised. The output is deterministic: selections are sorted,
gzip members are written with mtime=0 and no file name, and OUT_DIR's managed kinds are
removed before writing.

Standard library only.
"""

import gzip
import json
import re
import shutil
import sys
from pathlib import Path

SCRIPT_DIR = Path(__file__).resolve().parent
REPO_DIR = SCRIPT_DIR.parent
DEFAULT_SRC = REPO_DIR.parent / "shared" / "depsurf"
DEFAULT_OUT = REPO_DIR / "sample" / "depsurf"

# Kinds this script owns in OUT_DIR (cleared before each run).
COPY_KINDS = {"syscalls": ".json", "comment": ".txt"}
HEAD_KINDS = {"tracepoints": ".jsonl", "types_enum": ".jsonl",
              "types_union": ".jsonl", "types_int": ".jsonl"}
MANAGED_KINDS = ["func_groups", "syscalls", "comment", "tracepoints", "types_enum",
                 "types_union", "types_int", "config"]

HEAD_LINES = 20

# 1. Functions that are always kept.
ALWAYS = [
    "kvm_vcpu_kick", "vfs_read", "vfs_write", "vfs_rename", "get_reg_offset",
    "xen_pmu_init", "is_write_device_private_entry", "ndisc_recv_na",
    "__cgroup_bpf_run_filter_sysctl", "i2c_dw_xfer_msg", "tcp_model_timeout",
    "do_sys_open", "security_file_open",
]
# 3. Roots whose callers' callers (depth 2) are also kept.
DEPTH2_ROOTS = ["kvm_vcpu_kick", "vfs_read"]

# 2. Images scanned for coverage of the categorical fields.
COVERAGE_IMAGES = ["5.4.0-26-generic-amd64", "4.4.0-21-generic-amd64",
                   "6.8.0-31-generic-amd64"]
PER_COMBO = 3          # names per (collision_type, inline_type, has_transformation)
SUFFIXES = ["isra", "constprop", "part", "cold"]
PER_SUFFIX = 2         # names per symbol-suffix kind
PER_SPECIAL = 3        # names with a func at addr 0 / with a null loc

MAX_NAMES = 600

CONFIG_OPTION = re.compile(
    r"CONFIG_(BPF|KVM|KPROBE|FTRACE|DEBUG_INFO|LOCALVERSION|HAVE_KVM|FUNCTION_TRACER|MODULES)\w*")
CONFIG_SET = re.compile(rb"^(CONFIG_\w+)=")
CONFIG_UNSET = re.compile(rb"^# (CONFIG_\w+) is not set\s*$")

# Every func_groups line starts with the group name (dataclass field order).
NAME_PREFIX = re.compile(rb'^\{"name": "([^"\\]*)"')


def log(msg):
    print(msg, flush=True)


def line_name(raw):
    m = NAME_PREFIX.match(raw)
    if m:
        return m.group(1).decode("ascii")
    return json.loads(raw)["name"]


def iter_group_lines(path):
    """Yield (name, raw_line_bytes) for every line of a func_groups file."""
    with gzip.open(path, "rb") as f:
        for raw in f:
            if raw.strip():
                yield line_name(raw), raw


def caller_names(group):
    """Names of every direct and inline caller of a group (after the last ':')."""
    out = set()
    for func in group.get("funcs", []):
        for key in ("caller_func", "caller_inline"):
            for entry in func.get(key) or []:
                out.add(entry.rsplit(":", 1)[-1])
    return out


def has_transformation(group):
    return any("." in s["name"] for s in group.get("symbols", []))


def symbol_suffixes(group):
    found = set()
    for s in group.get("symbols", []):
        parts = s["name"].split(".")[1:]
        for suf in SUFFIXES:
            if suf in parts:
                found.add(suf)
    return found


# --------------------------------------------------------------------------- selection

def coverage_names(src, images):
    """Names picked so that every category occurring in the coverage images is present."""
    picked = set()
    for image in COVERAGE_IMAGES:
        if image not in images:
            log(f"warning: coverage image {image} not found, skipped")
            continue
        combos = {}
        by_suffix = {s: [] for s in SUFFIXES}
        addr0, loc_null = [], []
        for name, raw in iter_group_lines(src / "func_groups" / f"{image}.jsonl.gz"):
            g = json.loads(raw)
            key = (g["collision_type"], g["inline_type"], has_transformation(g))
            combos.setdefault(key, []).append(name)
            for suf in symbol_suffixes(g):
                by_suffix[suf].append(name)
            funcs = g.get("funcs", [])
            if any(f.get("addr") == 0 for f in funcs):
                addr0.append(name)
            if any(f.get("loc") is None for f in funcs):
                loc_null.append(name)
        chosen = set()
        for key in sorted(combos, key=lambda k: (k[0], k[1], k[2])):
            chosen.update(sorted(combos[key])[:PER_COMBO])
        for suf in SUFFIXES:
            chosen.update(sorted(by_suffix[suf])[:PER_SUFFIX])
        chosen.update(sorted(addr0)[:PER_SPECIAL])
        chosen.update(sorted(loc_null)[:PER_SPECIAL])
        log(f"coverage {image}: {len(combos)} combos, "
            + ", ".join(f".{s}={len(by_suffix[s])}" for s in SUFFIXES)
            + f", addr0={len(addr0)}, loc_null={len(loc_null)} -> {len(chosen)} names")
        picked |= chosen
    return picked


def collect_callers(src, images, targets):
    """For each target name: caller names over all images, and in how many images each
    caller appears (used only to order names deterministically when trimming)."""
    callers = {t: set() for t in targets}
    seen_in = {}
    for image in images:
        per_image = set()
        for name, raw in iter_group_lines(src / "func_groups" / f"{image}.jsonl.gz"):
            if name in callers:
                c = caller_names(json.loads(raw))
                callers[name] |= c
                per_image |= c
        for c in per_image:
            seen_in[c] = seen_in.get(c, 0) + 1
    return callers, seen_in


def trim(names, keep, seen_in):
    """Keep `keep` names, preferring names referenced in more images, then by name."""
    if keep <= 0:
        return set()
    order = sorted(names, key=lambda n: (-seen_in.get(n, 0), n))
    return set(order[:keep])


def select_names(src, images):
    always = set(ALWAYS)
    coverage = coverage_names(src, images) - always

    d1_callers, d1_seen = collect_callers(src, images, ALWAYS)
    depth1 = set().union(*d1_callers.values()) - always - coverage
    d2_targets = sorted(set().union(*(d1_callers[r] for r in DEPTH2_ROOTS)))
    d2_callers, d2_seen = collect_callers(src, images, d2_targets)
    depth2 = set().union(*d2_callers.values()) - always - coverage - depth1

    log(f"selection: always={len(always)} coverage={len(coverage)} "
        f"depth1={len(depth1)} depth2={len(depth2)}")
    fixed = always | coverage
    if len(fixed) + len(depth1) + len(depth2) > MAX_NAMES:
        room = MAX_NAMES - len(fixed) - len(depth1)
        if room < len(depth2):
            log(f"cap {MAX_NAMES}: keeping {max(room, 0)} of {len(depth2)} depth-2 names")
            depth2 = trim(depth2, room, d2_seen)
        room = MAX_NAMES - len(fixed)
        if room < len(depth1):
            log(f"cap {MAX_NAMES}: keeping {max(room, 0)} of {len(depth1)} depth-1 names")
            depth1 = trim(depth1, room, d1_seen)
    return fixed | depth1 | depth2


# --------------------------------------------------------------------------- writers

def write_gzip(path, lines):
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9,
                           mtime=0) as gz:
            for line in lines:
                gz.write(line)


def ensure_newline(line):
    return line if line.endswith(b"\n") else line + b"\n"


def cut_func_groups(src, out, image, names):
    kept = [ensure_newline(raw)
            for name, raw in iter_group_lines(src / "func_groups" / f"{image}.jsonl.gz")
            if name in names]
    write_gzip(out / "func_groups" / f"{image}.jsonl.gz", kept)
    return len(kept)


def head_lines(path, n):
    out = []
    with open(path, "rb") as f:
        for raw in f:
            if len(out) >= n:
                break
            out.append(ensure_newline(raw))
    return b"".join(out)


def cut_config(path):
    out = []
    in_header = True
    with open(path, "rb") as f:
        for raw in f:
            stripped = raw.strip()
            if in_header:
                # Leading comment block; blank lines inside it are kept as well.
                if stripped == b"" or stripped.startswith(b"#"):
                    if CONFIG_UNSET.match(raw) is None:
                        out.append(raw)
                        continue
                in_header = False
            m = CONFIG_SET.match(raw) or CONFIG_UNSET.match(raw)
            if m and CONFIG_OPTION.fullmatch(m.group(1).decode("ascii")):
                out.append(raw)
    return b"".join(ensure_newline(l) for l in out)


README = """\
# DepSurf sample

A small subset of the DepSurf per-image kernel dataset, used for tests and quick local runs.
DepSurf is the dataset of the EuroSys'25 paper "Revealing the Unstable Foundations of
eBPF-Based Kernel Extensions" (Shawn Zhong et al.). This folder was cut from the full
dataset by `sample/cut-sample.py`; re-run that script to regenerate it (the output is
deterministic).

The layout is the dataset's own, `<kind>/<image>.<ext>`, for all {n_images} kernel images.
Every kept line is copied unchanged from the source file, so every record here is a real
DepSurf record; files are only shortened, never edited.

## What is kept

| kind | content |
|---|---|
| `func_groups/<image>.jsonl.gz` | the groups of {n_names} selected function names, in source order |
| `syscalls/<image>.json`, `comment/<image>.txt` | whole files |
| `tracepoints/`, `types_enum/`, `types_union/`, `types_int/` `<image>.jsonl` | first {head} lines |
| `config/<image>.config` | leading comment block, plus options matching `CONFIG_(BPF\\|KVM\\|KPROBE\\|FTRACE\\|DEBUG_INFO\\|LOCALVERSION\\|HAVE_KVM\\|FUNCTION_TRACER\\|MODULES)\\w*` (set and "is not set") |

## How function names are selected

The same name set is used for every image; a name is written for an image only if that
image has a group for it.

1. Fixed names: {always}.
2. Coverage: in {coverage}, for every
   (`collision_type`, `inline_type`, has a transformed symbol such as `foo.isra.0`)
   combination that occurs, the first {per_combo} names in sorted order; also the first
   {per_suffix} names with a `.isra`, `.constprop`, `.part` and `.cold` symbol, and the first
   {per_special} names with a function at address 0 and with a null `loc`.
3. Callers: every direct (`caller_func`) and inline (`caller_inline`) caller of the fixed
   names, taken from any image; for {roots} also the callers of those callers.
   The total is capped at {cap} names; depth-2 callers are dropped first, keeping the ones
   referenced in the most images (ties broken by name).

{n_present} of the {n_names} names have a group in at least one image; the others (for example
some of the fixed names) are absent from the source data and simply produce no lines.

Note on the source: in the copy this sample was cut from, `func_groups` had been rebuilt
from the function pages of the DepSurf website. Its lines match the pipeline's output
byte-for-byte but are sorted by function name, so the lines here are in name order too.
"""


def main(argv):
    if len(argv) > 3 or any(a in ("-h", "--help") for a in argv[1:]):
        print(__doc__.strip())
        return 0 if len(argv) <= 3 else 2
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    src, out = src.resolve(), out.resolve()
    if not (src / "func_groups").is_dir():
        print(f"error: {src}/func_groups not found", file=sys.stderr)
        return 1
    if out == src or src in out.parents or out in src.parents:
        print("error: OUT_DIR and SRC_DIR must not overlap", file=sys.stderr)
        return 1

    images = sorted(p.name[:-len(".jsonl.gz")]
                    for p in (src / "func_groups").glob("*.jsonl.gz"))
    log(f"source: {src} ({len(images)} images)")

    names = select_names(src, images)
    log(f"selected names: {len(names)}")

    out.mkdir(parents=True, exist_ok=True)
    for kind in MANAGED_KINDS:
        if (out / kind).exists():
            shutil.rmtree(out / kind)
        (out / kind).mkdir()

    present = set()
    for image in images:
        n = cut_func_groups(src, out, image, names)
        log(f"  func_groups/{image}.jsonl.gz: {n} lines")
        for kind, ext in COPY_KINDS.items():
            p = src / kind / f"{image}{ext}"
            if p.exists():
                shutil.copyfile(p, out / kind / p.name)
            else:
                log(f"warning: missing {kind}/{p.name}")
        for kind, ext in HEAD_KINDS.items():
            p = src / kind / f"{image}{ext}"
            if p.exists():
                (out / kind / p.name).write_bytes(head_lines(p, HEAD_LINES))
            else:
                log(f"warning: missing {kind}/{p.name}")
        p = src / "config" / f"{image}.config"
        if p.exists():
            (out / "config" / p.name).write_bytes(cut_config(p))
        else:
            log(f"warning: missing config/{p.name}")
    for image in images:
        for name, _ in iter_group_lines(out / "func_groups" / f"{image}.jsonl.gz"):
            present.add(name)
    log(f"names with a group in at least one image: {len(present)} of {len(names)}")

    (out / "README.md").write_text(README.format(
        n_images=len(images), n_names=len(names), n_present=len(present),
        head=HEAD_LINES,
        always=", ".join(f"`{n}`" for n in ALWAYS),
        coverage=", ".join(f"`{i}`" for i in COVERAGE_IMAGES),
        per_combo=PER_COMBO, per_suffix=PER_SUFFIX, per_special=PER_SPECIAL,
        roots=" and ".join(f"`{r}`" for r in DEPTH2_ROOTS), cap=MAX_NAMES),
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
