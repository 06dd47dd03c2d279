import { execFile, execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "../helpers/cli.js";
import { tempDir } from "../helpers/tmp.js";

/**
 * Issue 20.3: the HTML report as a person sees it. The built CLI writes it from a real
 * run (a real openssl certificate with a name and FIN given with --cert); Debian's
 * chromium renders it headless, as the phone of a hotline operator or a printer would:
 * screenshots at 1280 and 390 px, a print to PDF read back with pdftotext, a page of
 * the test's own that measures the report in a 390 px frame, and chromium's own network
 * log, which must hold no request.
 */
const run = promisify(execFile);
const CHROMIUM = "/usr/bin/chromium";
const canRender = existsSync(CHROMIUM) && existsSync("/usr/bin/pdftotext");
const dir = tempDir("gc-html-");
const HOLDER = "Məmmədov Elvin Rauf oğlu";
const FIN = "9QWE12R";

/** Every headless run: the flags the brief names, a fresh profile each time, the network log on. */
async function chromium(args: string[], name: string): Promise<{ stdout: string; netlog: string }> {
  const profile = join(dir, `profile-${name}`);
  const netlog = join(dir, `net-${name}.json`);
  const { stdout } = await run(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
      `--log-net-log=${netlog}`,
      "--hide-scrollbars",
      ...args,
    ],
    { timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
  );
  return { stdout, netlog: existsSync(netlog) ? readFileSync(netlog, "utf8") : "" };
}

/**
 * The URLs chromium's network stack was asked for (its NetLog's "url" parameters),
 * without the local files and without chromium's own background services (clock,
 * updates, accounts: they run whatever page is open, even with the flags above).
 */
function requestedUrls(netlog: string): string[] {
  const own = /^https?:\/\/([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)\//;
  return [...new Set([...netlog.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!))].filter((u) => !u.startsWith("file://") && !own.test(u));
}

let html = "";
let htmlPlain = "";
let doc: { checks: Array<{ id: string; title: string; status: string }>; summary: { fixFirst: string[]; verdict: string } };
const report = join(dir, "report.html");

beforeAll(async () => {
  const cert = join(dir, "self.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-utf8",
      "-keyout",
      join(dir, "self.key"),
      "-out",
      cert,
      "-days",
      "365",
      "-subj",
      `/C=AZ/CN=${HOLDER}/serialNumber=${FIN}`,
      "-addext",
      "basicConstraints=critical,CA:FALSE",
      "-addext",
      "keyUsage=critical,digitalSignature,nonRepudiation",
    ],
    { stdio: "ignore" },
  );
  const home = join(dir, "home");
  mkdirSync(home, { recursive: true });
  const env = { HOME: home };
  const r = await runCli(["all", "--offline", "--lang", "az", "--cert", cert, "--label", "Kabinet 12", "--report", report], {
    env,
    timeoutMs: 90_000,
  });
  expect([0, 1, 2]).toContain(r.code);
  html = readFileSync(report, "utf8");
  const j = await runCli(["all", "--offline", "--lang", "az", "--cert", cert, "--json"], { env, timeoutMs: 90_000 });
  doc = JSON.parse(j.stdout);
  const plain = join(dir, "plain.html");
  await runCli(["all", "--offline", "--lang", "az", "--cert", cert, "--no-redact", "--report", plain], { env, timeoutMs: 90_000 });
  htmlPlain = readFileSync(plain, "utf8");
}, 240_000);

describe("the HTML report file", () => {
  it("is one self-contained page in the run's language: inline CSS, no scripts, nothing to fetch", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="az">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=|href=/i);
    expect(html).toContain("<style>");
  });

  it("hides the name and FIN from the certificate unless --no-redact", () => {
    expect(htmlPlain).toContain(FIN);
    expect(html).not.toContain(FIN);
    expect(html).not.toContain("Məmmədov");
    expect(htmlPlain).toContain("Məmmədov");
  });

  it("--report x.json writes the JSON document, x.md keeps Markdown", async () => {
    const json = join(dir, "r.json");
    const md = join(dir, "r.md");
    await runCli(["signer", "--offline", "--lang", "en", "--report", json, "--label", "PC 7"]);
    await runCli(["signer", "--offline", "--lang", "en", "--report", md]);
    const d = JSON.parse(readFileSync(json, "utf8"));
    expect(d).toMatchObject({ schemaVersion: 1, label: "PC 7", summary: { verdict: expect.any(String), fixFirst: expect.any(Array) } });
    expect(readFileSync(md, "utf8")).toMatch(/^# guzestli-check support report/);
  }, 60_000);
});

describe.runIf(canRender)("the HTML report rendered by chromium headless", () => {
  it("at 390 px (a phone): the verdict in the banner at the top, the first fix next, no sideways scrolling, every check present", async () => {
    // The test's own page measures the report in a 390 px frame (the report itself has no scripts).
    const page = join(dir, "measure.html");
    writeFileSync(
      page,
      `<!doctype html><html><body style="margin:0"><iframe id="f" src="report.html" style="width:390px;height:844px;border:0"></iframe><pre id="out">waiting</pre><script>
      document.getElementById("f").addEventListener("load", () => {
        const d = document.getElementById("f").contentDocument;
        const banner = d.querySelector(".banner");
        const first = d.querySelector("li.todo h3");
        const out = { scrollWidth: d.documentElement.scrollWidth, clientWidth: d.documentElement.clientWidth,
          banner: banner.innerText, bannerTop: banner.getBoundingClientRect().top, bannerBg: getComputedStyle(banner).backgroundColor,
          first: first ? first.innerText : "", firstTop: first ? first.getBoundingClientRect().top : -1,
          text: d.body.innerText, factsOpen: d.querySelector("details").open,
          resources: document.getElementById("f").contentWindow.performance.getEntriesByType("resource").map((e) => e.name) };
        document.getElementById("out").textContent = JSON.stringify(out);
      });
      </script></body></html>`,
    );
    const { stdout, netlog } = await chromium(
      ["--allow-file-access-from-files", "--virtual-time-budget=5000", "--window-size=400,900", "--dump-dom", `file://${page}`],
      "measure",
    );
    const json = /<pre id="out">([^<]*)<\/pre>/.exec(stdout)?.[1] ?? "";
    const m = JSON.parse(
      json
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&"),
    );
    expect(m.scrollWidth).toBeLessThanOrEqual(m.clientWidth);
    expect(m.clientWidth).toBe(390);
    const verdictWords = { ready: "Satışa hazırdır", "not-ready": "Satışa hazır deyil", unknown: "məlum deyil" }[doc.summary.verdict]!;
    expect(m.banner).toContain(verdictWords);
    expect(m.bannerTop).toBeLessThan(40);
    expect(m.bannerBg).not.toBe("rgba(0, 0, 0, 0)");
    if (doc.summary.fixFirst.length > 0) {
      const first = doc.checks.find((c) => c.id === doc.summary.fixFirst[0])!;
      expect(m.first).toContain(first.title);
      // The first thing to fix is on the first screen of a phone.
      expect(m.firstTop).toBeLessThan(844);
    }
    for (const c of doc.checks) expect(m.text, c.id).toContain(c.title);
    expect(m.factsOpen).toBe(false);
    // The report loaded nothing itself (fonts, images, styles)…
    expect(m.resources).toEqual([]);
    // Only the two local files were asked for.
    expect(requestedUrls(netlog)).toEqual([]);
  }, 120_000);

  it("the network log catches a page that fetches (the check below can fail)", async () => {
    const page = join(dir, "fetches.html");
    writeFileSync(
      page,
      `<!doctype html><html><head><link rel="stylesheet" href="http://192.0.2.1/x.css"></head><body><img src="http://192.0.2.1/pixel.png"></body></html>`,
    );
    const { netlog } = await chromium(["--virtual-time-budget=3000", "--dump-dom", `file://${page}`], "control");
    expect(requestedUrls(netlog)).toEqual(expect.arrayContaining(["http://192.0.2.1/x.css", "http://192.0.2.1/pixel.png"]));
  }, 120_000);

  it("screenshots at 1280 and 390 px, with nothing requested from the network", async () => {
    for (const width of [1280, 390]) {
      const png = join(dir, `report-${width}.png`);
      const { netlog } = await chromium([`--screenshot=${png}`, `--window-size=${width},1400`, `file://${report}`], `shot-${width}`);
      const img = readFileSync(png);
      expect(img.subarray(1, 4).toString()).toBe("PNG");
      expect(img.readUInt32BE(16)).toBe(width);
      expect(requestedUrls(netlog)).toEqual([]);
      expect(netlog.length).toBeGreaterThan(0);
    }
    // The picture in the README is the phone's view of this very run (GUZESTLI_DOCS_PICTURE=1 refreshes it).
    if (process.env.GUZESTLI_DOCS_PICTURE === "1") copyFileSync(join(dir, "report-390.png"), join(REPO_ROOT, "docs/report-phone.png"));
  }, 120_000);

  it("prints on A4 with the verdict, the fixes in order, every check and the facts unfolded", async () => {
    const pdf = join(dir, "report.pdf");
    await chromium([`--print-to-pdf=${pdf}`, "--no-pdf-header-footer", `file://${report}`], "pdf");
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    const verdictWords = { ready: "Satışa hazırdır", "not-ready": "Satışa hazır deyil", unknown: "məlum deyil" }[doc.summary.verdict]!;
    expect(text.indexOf(verdictWords)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(verdictWords)).toBeLessThan(200);
    const norm = (s: string) => s.replace(/\s+/g, " ");
    let at = 0;
    for (const id of doc.summary.fixFirst) {
      const title = norm(doc.checks.find((c) => c.id === id)!.title);
      const i = text.indexOf(title, at);
      expect(i, id).toBeGreaterThan(at);
      at = i;
    }
    for (const c of doc.checks) expect(text, c.id).toContain(norm(c.title));
    // The facts are folded on screen and unfolded on paper.
    expect(text).toContain("Əməliyyat sistemi");
    expect(text).toContain("linux");
    expect(text).not.toContain(FIN);
    expect(text).not.toContain("Məmmədov");
  }, 120_000);
});
