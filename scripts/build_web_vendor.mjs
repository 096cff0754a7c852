// Copy the dashboard's browser libraries from node_modules/ into watchfloor/web/static/vendor/.
// `make install` runs `npm ci` then this script, so the dashboard's libraries come from the npm
// registry at build time, pinned by package-lock.json, and are served offline from the package.
// They are not committed (they are other people's code); each library's licence is copied along.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vendor = join(root, "watchfloor", "web", "static", "vendor");
const modules = join(root, "node_modules");

const files = {
  leaflet: [
    "dist/leaflet.js", "dist/leaflet.css", "LICENSE",
    "dist/images/layers.png", "dist/images/layers-2x.png",
    "dist/images/marker-icon.png", "dist/images/marker-icon-2x.png", "dist/images/marker-shadow.png",
  ],
  "leaflet.markercluster": [
    "dist/leaflet.markercluster.js", "dist/MarkerCluster.css", "dist/MarkerCluster.Default.css",
    "MIT-LICENCE.txt",
  ],
  // The OpenAPI explorer at /docs (FastAPI's default page loads it from a CDN).
  "swagger-ui-dist": [
    "swagger-ui-bundle.js", "swagger-ui-bundle.js.LICENSE.txt", "swagger-ui.css", "favicon-32x32.png",
    "LICENSE", "NOTICE",
  ],
};

rmSync(vendor, { recursive: true, force: true });
const versions = {};
for (const [pkg, list] of Object.entries(files)) {
  const meta = JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8"));
  versions[pkg] = meta.version;
  for (const rel of list) {
    const target = join(vendor, pkg, rel.replace(/^dist\//, ""));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(modules, pkg, rel), target);
  }
}
writeFileSync(join(vendor, "VERSIONS.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`vendor: ${Object.entries(versions).map(([k, v]) => `${k}@${v}`).join(", ")} -> ${vendor}`);
