#!/usr/bin/env bash
# Makes this checkout runnable on a fresh Debian/Ubuntu machine that has any Node:
# a Node 24 binary and the pinned pnpm come from the npm registry into .tools/,
# then the workspace dependencies are installed. Source it; it exports PATH.
set -euo pipefail
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$repo_root/.tools"
node_major_wanted=24
pnpm_version="$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$repo_root/package.json")"

log() { printf '\033[2m[bootstrap]\033[0m %s\n' "$*" >&2; }

system_node_major() { command -v node >/dev/null 2>&1 && node -p 'process.versions.node.split(".")[0]' || echo 0; }

ensure_node() {
  if [ "$(system_node_major)" -ge 22 ] && [ -z "${JR_FORCE_BUNDLED_NODE:-}" ]; then return; fi
  local arch pkg bin
  arch="$(uname -m)"; case "$arch" in x86_64) arch=x64 ;; aarch64) arch=arm64 ;; esac
  pkg="node-linux-$arch"
  bin="$tools/node_modules/$pkg/bin"
  if [ ! -x "$bin/node" ] || [ "$("$bin/node" -p 'process.versions.node.split(".")[0]')" != "$node_major_wanted" ]; then
    log "system Node is $(node --version 2>/dev/null || echo missing); installing Node $node_major_wanted from the npm registry into .tools/"
    mkdir -p "$tools"
    npm install --silent --no-audit --no-fund --prefix "$tools" "$pkg@$node_major_wanted" >&2
  fi
  export PATH="$bin:$PATH"
}

ensure_pnpm() {
  local bin="$tools/pnpm/node_modules/.bin"
  if [ ! -x "$bin/pnpm" ] || [ "$("$bin/pnpm" --version)" != "$pnpm_version" ]; then
    log "installing pnpm $pnpm_version into .tools/"
    mkdir -p "$tools/pnpm"
    npm install --silent --no-audit --no-fund --prefix "$tools/pnpm" "pnpm@$pnpm_version" >&2
  fi
  export PATH="$bin:$PATH"
}

ensure_dependencies() {
  local stamp="$repo_root/node_modules/.jr-install-stamp"
  local lock_hash
  lock_hash="$({ cat "$repo_root/pnpm-lock.yaml" "$repo_root"/package.json "$repo_root"/{apps,packages}/*/package.json 2>/dev/null || true; } | sha1sum | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ]; then return; fi
  log "installing workspace dependencies (pnpm install)"
  if [ -n "${CI:-}" ] && [ -f "$repo_root/pnpm-lock.yaml" ]; then
    (cd "$repo_root" && pnpm install --frozen-lockfile --reporter=append-only >&2)
  else
    (cd "$repo_root" && pnpm install --reporter=append-only >&2)
  fi
  echo "$lock_hash" > "$stamp"
}

ensure_node
ensure_pnpm
ensure_dependencies
export JR_REPO_ROOT="$repo_root"
