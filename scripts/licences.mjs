#!/usr/bin/env node
// Writes ui/src/generated/licences.json, the listing the About section of the Settings screen
// shows: the fonts shipped in assets/fonts, every crate compiled into the programs, and every
// npm package bundled into the window. Nothing in it is typed by hand:
//   - crates: `cargo deny list` (the crates of the shipped programs, dev-dependencies left
//     out, on the targets named in deny.toml), with the licence expression each declares;
//   - npm: `npm ls --omit=dev --all --json` (what the window's bundle can contain), each
//     package's licence read from its own package.json in ui/node_modules;
//   - fonts: the .ttf files of assets/fonts, under the licence file beside them (OFL.txt).
//
//   node scripts/licences.mjs          write the listing
//   node scripts/licences.mjs --check  exit 1 if the listing on disk is not what it would write
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "ui/src/generated/licences.json");

function run(program, args, cwd = root) {
  return execFileSync(program, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** The version of the program itself, as `cargo deny list` finds it. */
let program = "";

const byName = (a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1);

/** The crates cargo-deny sees in the shipped programs (`{ "name version source": { "licenses":
 * [ids] } }`), each with the licence expression it declares (`cargo metadata`), or the ids
 * cargo-deny read from its licence files when it declares none. */
function crates() {
  const listed = JSON.parse(run("cargo", ["deny", "--offline", "list", "--format", "json", "--layout", "crate"]));
  const metadata = JSON.parse(run("cargo", ["metadata", "--offline", "--locked", "--format-version", "1"]));
  const declared = new Map(metadata.packages.map((p) => [`${p.name} ${p.version}`, p.license]));
  const own = new Set(["upr-kit", "upr-core"]);
  const out = [];
  for (const [id, entry] of Object.entries(listed)) {
    const [name, version] = id.split(" ");
    if (name === "upr-kit") program = version;
    if (own.has(name)) continue;
    out.push({ name, version, licence: declared.get(`${name} ${version}`) ?? entry.licenses.join(" AND ") });
  }
  return out.sort(byName);
}

/** Every package of the window's production dependency tree, once. */
function npmPackages() {
  const tree = JSON.parse(run("npm", ["ls", "--omit=dev", "--all", "--json"], join(root, "ui")));
  const seen = new Map();
  const walk = (deps) => {
    for (const [name, node] of Object.entries(deps ?? {})) {
      if (!node.version || seen.has(`${name}@${node.version}`)) {
        walk(node.dependencies);
        continue;
      }
      const manifest = JSON.parse(readFileSync(join(root, "ui/node_modules", name, "package.json"), "utf8"));
      const licence = typeof manifest.license === "string" ? manifest.license : manifest.license?.type ?? "UNKNOWN";
      seen.set(`${name}@${node.version}`, { name, version: node.version, licence });
      walk(node.dependencies);
    }
  };
  walk(tree.dependencies);
  return [...seen.values()].sort(byName);
}

/** The fonts of assets/fonts, each under the licence file that ships with them. OFL.txt opens
 * with one paragraph per family, naming its files, then its copyright line. */
function fonts() {
  const dir = join(root, "assets/fonts");
  const ofl = readFileSync(join(dir, "OFL.txt"), "utf8");
  const paragraphs = ofl.split("\n\n");
  const copyrightOf = (file) => {
    const paragraph = paragraphs.find((p) => p.includes(file)) ?? paragraphs[0];
    return paragraph.split("\n").find((line) => line.startsWith("Copyright"))?.trim() ?? "";
  };
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ttf") || f.endsWith(".otf"))
    .sort()
    .map((file) => ({
      name: file.replace(/\.(ttf|otf)$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").replaceAll("-", " "),
      file,
      licence: "OFL-1.1",
      copyright: copyrightOf(file),
    }));
}

const crateList = crates();
const listing = JSON.stringify({ version: program, fonts: fonts(), crates: crateList, npm: npmPackages() }, null, 1) + "\n";

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(target, "utf8");
  } catch {
    // Missing counts as stale.
  }
  if (current !== listing) {
    console.error("ui/src/generated/licences.json is stale: run `make licences` and commit it.");
    process.exit(1);
  }
  console.log("licences: the listing is current");
} else {
  writeFileSync(target, listing);
  console.log(`licences: wrote ${target}`);
}
