import { defineCheck } from "../../core/define-check.js";
import { NOTICE_SOURCE } from "../../explain/sources.js";
import type { CheckDefinition, Msg } from "../../core/types.js";
import { CHROME_RELEASES, OPERA_RELEASES } from "../../data/browser-releases.js";
import { chromiumOfOpera, estimateCurrentMajor } from "../../data/release-estimate.js";
import { latestChrome, latestOpera, type LatestVersion } from "../../host/browsers/latest.js";
import { BROWSER_NAMES, isRecommended, sandboxName, type InstalledBrowser } from "../../host/browsers/types.js";
import { compareVersions, parseVersion } from "../../host/browsers/version.js";
import { BROWSER_INSTALLED_CHECK, BROWSER_UP_TO_DATE_CHECK } from "./ids.js";
import { judge, UPDATE_COMMANDS, updateSteps, type Freshness } from "./freshness.js";

type Family = "chrome" | "opera";

/** The current stable major of a family, from the network/cache or estimated from the table. */
interface Current {
  major: number;
  version?: string;
  basis: "online" | "cache" | "estimate";
  fetchedAt?: string;
  /** Why the estimate was used (offline, timeout, bad answer). */
  estimateReason?: string;
  estimateAnchor?: { major: number; released: string };
}

interface Verdict {
  installed: InstalledBrowser;
  major: number;
  current: Current;
  freshness: Freshness;
  behind: number;
}

const RANK: Record<Freshness, number> = { current: 0, oneBehind: 1, outdated: 2 };

async function currentOf(family: Family, ctx: Parameters<CheckDefinition["run"]>[0]): Promise<Current> {
  const timeoutMs = Math.max(500, Math.floor(ctx.budgetMs * 0.4));
  try {
    const latest: LatestVersion =
      family === "chrome"
        ? await latestChrome(ctx.host, { signal: ctx.signal, timeoutMs })
        : await latestOpera(ctx.host, { signal: ctx.signal, timeoutMs });
    return { major: parseVersion(latest.version)!.major, version: latest.version, basis: latest.basis, fetchedAt: latest.fetchedAt };
  } catch (e) {
    const estimate = estimateCurrentMajor(family === "chrome" ? CHROME_RELEASES : OPERA_RELEASES, ctx.host.now());
    if (!estimate) throw e;
    return {
      major: estimate.major,
      basis: "estimate",
      estimateReason: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
      estimateAnchor: { major: estimate.anchorMajor, released: estimate.anchorReleased },
    };
  }
}

/** The newest installation of each recommended browser that reported a version. */
function newestPerBrowser(found: readonly InstalledBrowser[]): InstalledBrowser[] {
  const best = new Map<string, InstalledBrowser>();
  for (const b of found) {
    if (!isRecommended(b.browser) || !b.version) continue;
    const prev = best.get(b.browser);
    if (!prev || compareVersions(b.version, prev.version!) > 0) best.set(b.browser, b);
  }
  return [...best.values()];
}

function basisKey(c: Current): "online" | "estimate" {
  return c.basis === "estimate" ? "estimate" : "online";
}

/**
 * EIMZA-BROWSER / ASAN-BROWSER "the latest version": Chrome against VersionHistory's
 * current stable, Opera (and Opera GX) against Opera's release listing; offline, both
 * against the release table and cadence, said to be an estimate.
 */
export const browserUpToDateCheck = defineCheck({
  id: BROWSER_UP_TO_DATE_CHECK,
  group: "browser",
  covers: ["EIMZA-BROWSER", "ASAN-BROWSER"],
  dependsOn: [BROWSER_INSTALLED_CHECK],
  title: "browser.upToDate.title",
  budgetFactor: 2,
  codes: {
    BROWSER_UP_TO_DATE: { status: "pass" },
    BROWSER_ONE_VERSION_BEHIND: {
      status: "warn",
      remedy: ["browser.remedy.updateChrome", "browser.remedy.updateOpera"],
      helperSteps: UPDATE_COMMANDS,
    },
    BROWSER_OUTDATED: {
      status: "fail",
      remedy: ["browser.remedy.updateChrome", "browser.remedy.updateOpera", "browser.remedy.updateChromeLinux"],
      source: NOTICE_SOURCE,
      helperSteps: UPDATE_COMMANDS,
    },
    OTHER_BROWSER_OUTDATED: {
      status: "warn",
      remedy: ["browser.remedy.useChromeForPortal", "browser.remedy.updateChrome", "browser.remedy.updateOpera"],
      helperSteps: UPDATE_COMMANDS,
    },
    BROWSER_VERSION_UNKNOWN: { status: "error", remedy: ["browser.remedy.checkVersionByHand"] },
  },
  async run(ctx) {
    const detection = ctx.dep(BROWSER_INSTALLED_CHECK);
    const candidates = newestPerBrowser(detection?.found ?? []);
    if (candidates.length === 0) {
      return {
        code: "BROWSER_VERSION_UNKNOWN",
        message: { key: "browser.upToDate.versionUnknown" },
        remedy: [{ key: "browser.remedy.checkVersionByHand" }],
      };
    }
    const families = new Set<Family>(candidates.map((c) => (c.browser === "chrome" ? "chrome" : "opera")));
    const currents = new Map<Family, Current>();
    await Promise.all([...families].map(async (f) => currents.set(f, await currentOf(f, ctx))));

    const verdicts: Verdict[] = candidates.map((installed) => {
      const current = currents.get(installed.browser === "chrome" ? "chrome" : "opera")!;
      const major = parseVersion(installed.version)!.major;
      return { installed, major, current, ...judge(major, current.major) };
    });
    // Best first, worst last: by verdict, then by how many majors behind.
    verdicts.sort((a, b) => RANK[a.freshness] - RANK[b.freshness] || a.behind - b.behind);
    const best = verdicts[0]!;
    const worst = verdicts[verdicts.length - 1]!;

    const data = {
      browsers: verdicts.map((v) => ({
        browser: v.installed.browser,
        name: BROWSER_NAMES[v.installed.browser],
        version: v.installed.version,
        major: v.major,
        // Opera's own majors run ahead of Chromium's; this says which engine it carries.
        chromiumMajor: v.installed.browser === "chrome" ? v.major : (chromiumOfOpera(OPERA_RELEASES, v.major) ?? null),
        currentMajor: v.current.major,
        currentVersion: v.current.version ?? null,
        basis: v.current.basis,
        estimated: v.current.basis === "estimate",
        fetchedAt: v.current.fetchedAt ?? null,
        estimateReason: v.current.estimateReason ?? null,
        estimateAnchor: v.current.estimateAnchor ?? null,
        majorsBehind: v.behind,
        freshness: v.freshness,
      })),
    };
    const valuesOf = (v: Verdict) => ({
      browser: BROWSER_NAMES[v.installed.browser],
      version: v.installed.version!,
      current: v.current.version ?? String(v.current.major),
      behind: v.behind,
    });
    const stepsFor = (v: Verdict): Msg[] =>
      updateSteps(v.installed.browser, v.installed.kind).map((key) => ({ key, values: stepValues(v) }));
    const estimateNote = (v: Verdict): Msg[] => (v.current.basis === "estimate" ? [{ key: "browser.remedy.confirmOnline" }] : []);

    if (worst.freshness === "current") {
      const all = verdicts.map((v) => `${BROWSER_NAMES[v.installed.browser]} ${v.installed.version}`).join(", ");
      return {
        code: "BROWSER_UP_TO_DATE",
        message: {
          key: `browser.upToDate.current.${basisKey(worst.current)}`,
          values: { browsers: all, current: worst.current.version ?? String(worst.current.major) },
        },
        data,
      };
    }
    if (best.freshness === "current") {
      // One recommended browser is fine: use it; the stale one is a trap only if used.
      return {
        code: "OTHER_BROWSER_OUTDATED",
        message: {
          key: `browser.upToDate.otherOutdated.${basisKey(worst.current)}`,
          values: { ...valuesOf(worst), okBrowser: `${BROWSER_NAMES[best.installed.browser]} ${best.installed.version}` },
        },
        remedy: [
          { key: "browser.remedy.useUpToDate", values: { okBrowser: BROWSER_NAMES[best.installed.browser] } },
          ...stepsFor(worst),
          ...estimateNote(worst),
        ],
        data,
      };
    }
    const outdated = worst.freshness === "outdated";
    return {
      code: outdated ? "BROWSER_OUTDATED" : "BROWSER_ONE_VERSION_BEHIND",
      message: { key: `browser.upToDate.${worst.freshness}.${basisKey(worst.current)}`, values: valuesOf(worst) },
      remedy: [...verdicts.filter((v) => v.freshness !== "current").flatMap(stepsFor), ...estimateNote(worst)],
      data,
    };
  },
});

/** Values the update steps need: the snap/flatpak name and the browser name. */
function stepValues(v: Verdict): Record<string, string> {
  const { kind, source, browser } = v.installed;
  if (kind === "snap" || kind === "flatpak") return { browser: BROWSER_NAMES[browser], name: sandboxName(v.installed) ?? source };
  return { browser: BROWSER_NAMES[browser] };
}
