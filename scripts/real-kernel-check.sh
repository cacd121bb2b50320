#!/usr/bin/env bash
# Opt-in end-to-end run of kgraph's extractor on a real Debian -dbg kernel (downloads 260-320 MB).
#   scripts/real-kernel-check.sh [PACKAGE[:ARCH]]
#   default PACKAGE: linux-image-6.12.117+deb12-cloud-amd64-dbg
# Fetches the package with ../shared/tools/fetch-debian-kernel, then checks kgraph's counts
# against readelf, bpftool and llvm-dwarfdump (scripts/compare-extractor.py) and times the
# extractor against llvm-dwarfdump (bench/extractor).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
package="${1:-linux-image-6.12.117+deb12-cloud-amd64-dbg}"
kernels="${KGRAPH_KERNELS:-$here/bench/out/kernels}"
fetch="$here/../shared/tools/fetch-debian-kernel"
[ -x "$fetch" ] || { echo "real-kernel-check: $fetch is missing" >&2; exit 2; }
mkdir -p "$kernels"
vmlinux=$(find "$kernels" -path "*${package%%:*}*" -name 'vmlinux-*' -size +1M 2>/dev/null | head -1)
if [ -z "$vmlinux" ]; then
  "$fetch" "$package" "$kernels"
  vmlinux=$(find "$kernels" -path "*${package%%:*}*" -name 'vmlinux-*' -size +1M | head -1)
fi
[ -n "$vmlinux" ] || { echo "real-kernel-check: no vmlinux with debug info in $package" >&2; exit 1; }
echo "== $vmlinux"
python3 "$here/scripts/compare-extractor.py" "$vmlinux"
"$here/bench/extractor" "$vmlinux"
