// Excalidraw's PNG export time on the same boards and scales as Stageboard's export, for the README's Speed table.
//
//   cd src/test/excalidraw && PUPPETEER_SKIP_DOWNLOAD=1 npm ci          (pinned versions; no browser download)
//   mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none -Dtest='ExcalidrawComparison*'   (interleaved, both)
//   node export-bench.mjs [boards folder]                                (Excalidraw alone, on boards already written)
//
// Excalidraw runs in headless Chromium: exportToBlob with 24 px padding on white at 1x, 2x and 3x, in the page
// (render + canvas + PNG encode, no disk). No browser is downloaded: set CHROMIUM_PATH or have chromium /
// chromium-browser / google-chrome on the PATH. Without one (or without node_modules) the script says why it skips
// and exits 0, so the benchmark command stays green on such machines.
//
// Two modes:
//  - alone: every .excalidraw board in the folder at 1x, 2x, 3x, median of three after a warm-up, next to the
//    page's own baseline (an empty canvas of the same size encoded with toBlob);
//  - --serve: reads requests from stdin, one a line, and answers each with one line, so a Java benchmark can
//    interleave Excalidraw's runs with Stageboard's in one run: "export FILE SCALE" -> "ok W H MS" or
//    "failed REASON"; "empty W H" -> "ok W H MS" (toBlob of a blank canvas); the first line printed is
//    "ready VERSION" or "skipped REASON".
import { existsSync, readdirSync, readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const serve = process.argv[2] === "--serve";
const boardsDir = (serve ? null : process.argv[2]) ?? join(here, "..", "..", "..", "target", "excalidraw-bench");
const RUNS = 3;
/** The flags of a lean headless Chromium: nothing but the page. */
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-dev-shm-usage"];

function skip(why) {
  console.log(serve ? `skipped ${why}` : `Excalidraw export benchmark skipped: ${why}`);
  process.exit(0);
}

function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  }
  for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
    try {
      const path = execFileSync("which", [name], { encoding: "utf8" }).trim();
      if (path) return path;
    } catch {
      // not on the PATH
    }
  }
  return null;
}

const chromium = findChromium();
if (!chromium) skip("no Chromium on this machine (set CHROMIUM_PATH, or install chromium); no browser is downloaded.");
if (!existsSync(join(here, "node_modules", "@excalidraw", "excalidraw"))) {
  skip(`no node_modules in ${here} (run: PUPPETEER_SKIP_DOWNLOAD=1 npm ci).`);
}
const version = JSON.parse(readFileSync(join(here, "node_modules", "@excalidraw", "excalidraw", "package.json"),
  "utf8")).version;

// one browser bundle exposing exportToBlob, React included (Excalidraw's peer dependencies)
const { build } = await import("esbuild");
const out = join(mkdtempSync(join(tmpdir(), "excalidraw-bench-")), "bundle.js");
writeFileSync(join(dirname(out), "entry.js"),
  `import { exportToBlob } from "@excalidraw/excalidraw"; window.exportToBlob = exportToBlob;`);
await build({
  entryPoints: [join(dirname(out), "entry.js")], bundle: true, format: "iife", outfile: out, minify: true,
  nodePaths: [join(here, "node_modules")], define: { "process.env.NODE_ENV": '"production"' }, logLevel: "error",
  loader: { ".woff2": "dataurl", ".ttf": "dataurl" },
});

const puppeteer = (await import("puppeteer-core")).default;
const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: FLAGS });

/** Page-side helpers: one timed export (render + canvas + PNG blob), and one blank canvas encoded. */
async function preparePage() {
  const page = await browser.newPage();
  await page.setContent("<!doctype html><html><body></body></html>");
  await page.addScriptTag({ path: out });
  await page.evaluate(() => {
    window.benchScenes = {};
    window.benchExport = async (key, scale) => {
      const elements = window.benchScenes[key];
      const t0 = performance.now();
      const blob = await window.exportToBlob({
        elements, files: null, exportPadding: 24, mimeType: "image/png",
        appState: { exportBackground: true, viewBackgroundColor: "#ffffff", exportScale: scale },
        getDimensions: (w, h) => ({ width: w * scale, height: h * scale, scale }),
      });
      const ms = performance.now() - t0;
      const bitmap = await createImageBitmap(blob);
      const size = { w: bitmap.width, h: bitmap.height };
      bitmap.close();
      return { ms, ...size };
    };
    window.benchEmpty = async (w, h) => {
      const c = document.createElement("canvas");
      c.width = w; c.height = h;
      const g = c.getContext("2d"); g.fillStyle = "#ffffff"; g.fillRect(0, 0, w, h);
      const t0 = performance.now();
      await new Promise((done) => c.toBlob(done, "image/png"));
      return { ms: performance.now() - t0, w, h };
    };
  });
  return page;
}

async function loadScene(page, file) {
  const scene = JSON.parse(readFileSync(file, "utf8"));
  await page.evaluate((key, elements) => { window.benchScenes[key] = elements; }, file, scene.elements);
}

async function run(page, fn, ...args) {
  try {
    return await page.evaluate(fn, ...args);
  } catch (e) {
    return { error: String(e && e.message || e).split("\n")[0] };
  }
}

try {
  const page = await preparePage();
  if (serve) {
    console.log(`ready ${version} ${chromium}`);
    const loaded = new Set();
    for await (const line of createInterface({ input: process.stdin })) {
      const [verb, a, b] = line.trim().split(/\s+/);
      let r;
      if (verb === "export") {
        if (!loaded.has(a)) { await loadScene(page, a); loaded.add(a); }
        r = await run(page, (key, scale) => window.benchExport(key, scale), a, Number(b));
      } else if (verb === "empty") {
        r = await run(page, (w, h) => window.benchEmpty(w, h), Number(a), Number(b));
      } else if (verb === "quit") {
        break;
      } else {
        r = { error: `unknown request: ${line}` };
      }
      console.log(r.error ? `failed ${r.error}` : `ok ${r.w} ${r.h} ${r.ms.toFixed(1)}`);
    }
  } else {
    if (!existsSync(boardsDir)) skip(`no boards in ${boardsDir} (run ExportBenchmark first).`);
    const boards = readdirSync(boardsDir).filter((f) => f.endsWith(".excalidraw")).sort((x, y) =>
      parseInt(x.replace(/\D/g, "")) - parseInt(y.replace(/\D/g, "")));
    if (boards.length === 0) skip(`no .excalidraw boards in ${boardsDir}.`);
    console.log(`Excalidraw ${version} in ${chromium}`);
    console.log("board".padEnd(22) + "x  " + "image".padEnd(15) + "excalidraw ms".padStart(14) +
      "empty toBlob ms".padStart(17) + "  note");
    const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    for (const file of boards) {
      await loadScene(page, join(boardsDir, file));
      for (const scale of [1, 2, 3]) {
        const name = file.replace(".excalidraw", "");
        const first = await run(page, (key, s) => window.benchExport(key, s), join(boardsDir, file), scale);
        if (first.error) {
          console.log(`${name.padEnd(22)}${scale}  ${"-".padEnd(15)}${"-".padStart(14)}${"-".padStart(17)}  failed: ${first.error}`);
          continue;
        }
        const times = [], empty = [];
        for (let i = 0; i < RUNS; i++) {
          times.push((await run(page, (key, s) => window.benchExport(key, s), join(boardsDir, file), scale)).ms);
          empty.push((await run(page, (w, h) => window.benchEmpty(w, h), first.w, first.h)).ms);
        }
        console.log(`${name.padEnd(22)}${scale}  ${(first.w + "x" + first.h).padEnd(15)}` +
          `${median(times).toFixed(0).padStart(14)}${median(empty).toFixed(0).padStart(17)}`);
      }
    }
  }
} finally {
  await browser.close();
}
