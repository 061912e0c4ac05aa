// Excalidraw's PNG export time on the same boards and scales as ExportBenchmark, for the README's Speed table.
//
//   mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none -Dtest='ExportBenchmark*'   (writes the boards)
//   cd src/test/excalidraw && PUPPETEER_SKIP_DOWNLOAD=1 npm install && node export-bench.mjs [boards folder]
//
// The boards are the grid boards ExportBenchmark exports, written as .excalidraw files (target/excalidraw-bench).
// Excalidraw runs in headless Chromium: exportToBlob with 24 px padding on white at 1x, 2x and 3x, in the page
// (render + canvas + PNG encode, no disk), median of three after a warm-up, next to the page's own baseline: an
// empty canvas of the same size encoded with toBlob. No browser is downloaded: set CHROMIUM_PATH or have
// chromium / chromium-browser / google-chrome on the PATH. Without one (or without node_modules) the script says
// why it skips and exits 0, so the benchmark command stays green on such machines.
import { existsSync, readdirSync, readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const boardsDir = process.argv[2] ?? join(here, "..", "..", "..", "target", "excalidraw-bench");
const RUNS = 3;

function skip(why) {
  console.log(`Excalidraw export benchmark skipped: ${why}`);
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
  skip(`no node_modules in ${here} (run: PUPPETEER_SKIP_DOWNLOAD=1 npm install).`);
}
if (!existsSync(boardsDir)) skip(`no boards in ${boardsDir} (run ExportBenchmark first).`);
const boards = readdirSync(boardsDir).filter((f) => f.endsWith(".excalidraw")).sort((a, b) =>
  parseInt(a.replace(/\D/g, "")) - parseInt(b.replace(/\D/g, "")));
if (boards.length === 0) skip(`no .excalidraw boards in ${boardsDir}.`);

// one browser bundle exposing exportToBlob, React included (Excalidraw's peer dependencies)
const { build } = await import("esbuild");
const out = join(mkdtempSync(join(tmpdir(), "excalidraw-bench-")), "bundle.js");
writeFileSync(join(dirname(out), "entry.js"),
  `import { exportToBlob } from "@excalidraw/excalidraw"; window.exportToBlob = exportToBlob;`);
await build({
  entryPoints: [join(dirname(out), "entry.js")], bundle: true, format: "iife", outfile: out, minify: true,
  nodePaths: [join(here, "node_modules")], define: { "process.env.NODE_ENV": '"production"' }, logLevel: "error",
});

const puppeteer = (await import("puppeteer-core")).default;
const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  await page.setContent("<!doctype html><html><body></body></html>");
  await page.addScriptTag({ path: out });
  console.log(`Excalidraw ${JSON.parse(readFileSync(join(here, "node_modules", "@excalidraw", "excalidraw",
    "package.json"), "utf8")).version} in ${chromium}`);
  console.log("board".padEnd(22) + "x  " + "image".padEnd(15) + "excalidraw ms".padStart(14) +
    "empty toBlob ms".padStart(17) + "  note");
  for (const file of boards) {
    const scene = JSON.parse(readFileSync(join(boardsDir, file), "utf8"));
    for (const scale of [1, 2, 3]) {
      const r = await page.evaluate(async (elements, scale, runs) => {
        const once = async () => {
          const t0 = performance.now();
          const blob = await window.exportToBlob({
            elements, files: null, exportPadding: 24, mimeType: "image/png",
            appState: { exportBackground: true, viewBackgroundColor: "#ffffff", exportScale: scale },
            getDimensions: (w, h) => ({ width: w * scale, height: h * scale, scale }),
          });
          return { ms: performance.now() - t0, blob };
        };
        const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        try {
          const first = await once();
          const bitmap = await createImageBitmap(first.blob);
          const [w, h] = [bitmap.width, bitmap.height];
          const times = [];
          for (let i = 0; i < runs; i++) times.push((await once()).ms);
          const empty = [];
          for (let i = 0; i < runs; i++) {
            const c = document.createElement("canvas");
            c.width = w; c.height = h;
            const g = c.getContext("2d"); g.fillStyle = "#ffffff"; g.fillRect(0, 0, w, h);
            const t0 = performance.now();
            await new Promise((done) => c.toBlob(done, "image/png"));
            empty.push(performance.now() - t0);
          }
          return { w, h, ms: median(times), empty: median(empty) };
        } catch (e) {
          return { error: String(e && e.message || e) };
        }
      }, scene.elements, scale, RUNS);
      const name = file.replace(".excalidraw", "");
      if (r.error) {
        console.log(`${name.padEnd(22)}${scale}  ${"-".padEnd(15)}${"-".padStart(14)}${"-".padStart(17)}  failed: ${r.error}`);
      } else {
        console.log(`${name.padEnd(22)}${scale}  ${(r.w + "x" + r.h).padEnd(15)}${r.ms.toFixed(0).padStart(14)}` +
          `${r.empty.toFixed(0).padStart(17)}`);
      }
    }
  }
} finally {
  await browser.close();
}
