#!/usr/bin/env bash
# Refreshes the self-hosted NL Design System CSS under src/Baken.Web/wwwroot/lib from npm
# (versions pinned in package.json), with each package's licence. The copied files are
# committed: the app needs no npm, CDN or network at run time.
#   @utrecht/component-library-css                      NLDS component CSS (utrecht-* classes)
#   @nl-design-system-unstable/voorbeeld-design-tokens  the NLDS example ("start") theme's tokens;
#                                                        Baken's own theme (wwwroot/css/theme.css) overrides them
#   htmx.org                                            progressive enhancement of the register filters (pages work without it)
# Usage: scripts/refresh-frontend.sh   (needs node and npm; run after changing package.json)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v npm >/dev/null || { echo "npm is missing: sudo apt-get install -y npm" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp package.json "$work/"
(cd "$work" && npm install --no-audit --no-fund --ignore-scripts --omit=dev >/dev/null)

lib=src/Baken.Web/wwwroot/lib
rm -rf "$lib"
copy() { # package, destination folder, files...
  local package=$1 dest=$lib/$2; shift 2
  mkdir -p "$dest"
  for f in "$@"; do cp "$work/node_modules/$package/$f" "$dest/"; done
  for licence in LICENSE.md LICENSE; do
    if [ -f "$work/node_modules/$package/$licence" ]; then cp "$work/node_modules/$package/$licence" "$dest/$licence"; fi
  done
  node -e "const p=require('$work/node_modules/$package/package.json');console.log(p.name+'@'+p.version+' ('+p.license+')')" > "$dest/VERSION"
}
copy @utrecht/component-library-css utrecht dist/index.css
copy @nl-design-system-unstable/voorbeeld-design-tokens voorbeeld-theme dist/theme.css
copy htmx.org htmx dist/htmx.min.js
echo "Copied into $lib:"; cat "$lib"/*/VERSION
