#!/usr/bin/env bash
# Checks the modules kgraph imported from a Debian -dbg package against the package itself.
#   scripts/compare-modules.sh PACKAGE.deb DB [MODULE...]
# PACKAGE.deb: the -dbg package imported with `kgraph --db DB import deb PACKAGE.deb`.
# Compares the number of Module nodes with the .ko files the package lists (dpkg-deb -c), and,
# for each MODULE (default: kvm kvm_intel kvm_amd xfs), the functions with a BTF prototype that
# kgraph holds with the FUNC entries bpftool prints from the module's split BTF over vmlinux's.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deb="$(realpath "${1:?usage: compare-modules.sh PACKAGE.deb DB [MODULE...]}")"
db="$(realpath "${2:?usage: compare-modules.sh PACKAGE.deb DB [MODULE...]}")"
shift 2
modules=("${@:-kvm kvm_intel kvm_amd xfs}")
# shellcheck disable=SC2206
modules=(${modules[*]})
kgraph="$here/kgraph"
bpftool=$(command -v bpftool || echo /usr/sbin/bpftool)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cypher() { "$kgraph" --db "$db" cypher "$1" "${@:2}" --json 2>/dev/null; }
image=$(cypher 'MATCH (i:Image) RETURN i.name AS name' | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["name"])')

listed=$(dpkg-deb -c "$deb" | grep -cE '\.ko(\.xz|\.zst|\.gz)?$' || true)
loadable=$(cypher 'MATCH (m:Module {image: $image}) WHERE m.loadable RETURN count(m) AS n' -p "image=$image" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["n"])')
printf '%-40s %10s %10s\n' "count" "kgraph" "package"
printf '%-40s %10s %10s\n' "loadable modules (.ko files)" "$loadable" "$listed"
status=0
[ "$loadable" = "$listed" ] || status=1

dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work" --wildcards './usr/lib/debug/boot/vmlinux-*' \
  $(for m in "${modules[@]}"; do printf "*/%s.ko " "${m//_/-}"; printf "*/%s.ko " "$m"; done) 2>/dev/null || true
vmlinux=$(find "$work" -name 'vmlinux-*' | head -1)
for m in "${modules[@]}"; do
  ko=$(find "$work" \( -name "$m.ko" -o -name "${m//_/-}.ko" \) | head -1)
  [ -n "$ko" ] || { echo "no $m.ko in the package"; status=1; continue; }
  peer=$("$bpftool" -B "$vmlinux" btf dump file "$ko" | grep -cE "^\[[0-9]+\] FUNC '" || true)
  ours=$(cypher 'MATCH (g:FuncGroup)-[:IN_MODULE]->(:Module {key: $key}) WHERE g.prototype IS NOT NULL RETURN count(g) AS n' \
    -p "key=$image/module:$m" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["n"])')
  printf '%-40s %10s %10s\n' "$m: functions with a BTF prototype" "$ours" "$peer"
  [ "$ours" = "$peer" ] || status=1
done
exit $status
