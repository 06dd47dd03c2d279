import { defineCheck } from "../../core/define-check.js";
import { LNA_SOURCE } from "../../explain/sources.js";
import path from "node:path";
import type { Msg, MsgValue, Outcome, CodeSpec } from "../../core/types.js";
import { pii } from "../../core/pii.js";
import { readBrowserProfiles, type ProfileRead, type UserDataRead } from "../../host/browsers/profiles/read.js";
import type { ProfileBrowser } from "../../host/browsers/profiles/paths.js";
import { BROWSER_NAMES, type InstalledBrowser } from "../../host/browsers/types.js";
import { compareVersions } from "../../host/browsers/version.js";
import { BROWSER_INSTALLED_CHECK, BROWSER_POLICIES_CHECK, BROWSER_SITE_SETTINGS_CHECK } from "./ids.js";
import { policySiteDecisions } from "./policy-verdicts.js";
import type { SettingType } from "../../host/browsers/profiles/content-settings.js";
import { lnaStatus, type LnaStatus } from "./lna.js";
import { judgeProfile, type JudgedDecision, type PolicySetting } from "./site-decisions.js";

/** One profile's outcome, worst first when sorted by RANK. */
interface ProfileVerdict {
  browser: ProfileBrowser;
  folder: UserDataRead;
  profile: ProfileRead;
  judged: boolean;
  lna: LnaStatus;
  version?: string;
  kind: "block" | "blockLater" | "unreadable" | "lanBlock" | "undecided" | "ok";
  decisions: JudgedDecision[];
  /** Whether e-gov.az may reach programs on this computer (loopback), as judged. */
  lnaDecision?: "allowed" | "blocked" | "undecided";
}

const RANK: Record<ProfileVerdict["kind"], number> = { block: 0, unreadable: 1, blockLater: 2, lanBlock: 3, undecided: 4, ok: 5 };

/** The installation a folder belongs to: same browser, same sandbox when there is a choice, newest version. */
function installationFor(folder: UserDataRead, installed: readonly InstalledBrowser[]): InstalledBrowser | undefined {
  const same = installed.filter((b) => b.browser === folder.folder.browser);
  const sameOrigin = same.filter((b) =>
    folder.folder.origin === "native" ? b.kind !== "snap" && b.kind !== "flatpak" : b.kind === folder.folder.origin,
  );
  const pool = sameOrigin.length ? sameOrigin : same;
  return [...pool].sort((a, b) => compareVersions(b.version ?? "0", a.version ?? "0"))[0];
}

function profileFolder(v: ProfileVerdict): string {
  return v.profile.dir || path.basename(v.folder.folder.dir.replace(/\\/g, "/"));
}

/**
 * Chrome's own names for profiles nobody renamed ("Person 1", «Пользователь 1», "Your Chrome"):
 * one word and a number, which names no one.
 */
// "Your Chromium" is what Debian's chromium 156 writes for its first profile (seen in the
// chromium-lna test's Local State). A browser-given name in another language that this does
// not know is taken as the user's own: redacted, which errs on the private side.
const BROWSER_GIVEN_NAME = /^(\p{L}+ \d{1,3}|Your Chrome|Your Chromium)$/u;

/**
 * The profile as the browser shows it (issue #21.10): the name from Local State
 * (profile.info_cache[<dir>].name, read as a capped regular file), not the folder
 * "Default". A name the user chose may be a person's: it is personal data, redacted by
 * default, with the folder beside it so the profile can still be found.
 */
function profileLabel(v: ProfileVerdict): MsgValue {
  const name = v.profile.name?.trim();
  if (!name) return profileFolder(v);
  if (BROWSER_GIVEN_NAME.test(name)) return name;
  return { key: "browser.profile.named", values: { name: pii(name, "name"), folder: profileFolder(v) } };
}

function verdictOf(
  profile: ProfileRead,
  lna: LnaStatus,
  policy: ReadonlyMap<SettingType, PolicySetting>,
): Pick<ProfileVerdict, "kind" | "decisions" | "lnaDecision"> {
  if (!profile.prefs.ok) {
    // No Preferences at all in the judged profile: the browser has stored nothing yet.
    if (profile.prefs.problem === "missing") return { kind: "undecided", decisions: [] };
    return { kind: "unreadable", decisions: [] };
  }
  const { decisions, lnaDecision } = judgeProfile(profile.prefs.settings, lna, policy);
  const has = (k: JudgedDecision["verdict"]) => decisions.some((d) => d.verdict === k);
  if (has("block")) return { kind: "block", decisions, lnaDecision };
  if (has("blockLater")) return { kind: "blockLater", decisions, lnaDecision };
  if (has("lanBlock")) return { kind: "lanBlock", decisions, lnaDecision };
  if (lna.enforced && lnaDecision === "undecided") return { kind: "undecided", decisions, lnaDecision };
  return { kind: "ok", decisions, lnaDecision };
}

/** The browser's own site-details page for the portal; the same words serve `explain`, so they name no one browser. */
function fixSteps(browser: ProfileBrowser): Msg {
  return { key: browser === "opera" || browser === "opera-gx" ? "browser.remedy.siteSettingsOpera" : "browser.remedy.siteSettingsChrome" };
}

/** What this check can say; each code decides the status. */
const SITE_CODES = {
  SITE_SETTINGS_OK: { status: "pass" },
  SITE_LNA_UNDECIDED: { status: "info", remedy: ["browser.remedy.pressAllowLna"], source: LNA_SOURCE },
  SITE_NO_PROFILE: { status: "info", remedy: ["browser.remedy.pressAllowLna"] },
  SITE_BLOCKED: { status: "fail", remedy: ["browser.remedy.siteSettingsChrome", "browser.remedy.siteSettingsOpera"], source: LNA_SOURCE },
  SITE_BLOCK_NOT_ENFORCED: {
    status: "warn",
    remedy: ["browser.remedy.siteSettingsChrome", "browser.remedy.siteSettingsOpera"],
    source: LNA_SOURCE,
  },
  SITE_LAN_BLOCKED: { status: "warn", remedy: ["browser.remedy.pressAllowLna"], source: LNA_SOURCE },
  SITE_BLOCKED_OTHER_PROFILE: { status: "warn", remedy: ["browser.remedy.siteSettingsChrome", "browser.remedy.siteSettingsOpera"] },
  SITE_PROFILE_UNREADABLE: { status: "error", remedy: ["browser.remedy.closeBrowserAndRerun"] },
} as const satisfies Record<string, CodeSpec>;
type SiteCode = keyof typeof SITE_CODES;

/**
 * What Chrome, Chromium and Opera have stored for e-gov.az in each profile: a Block of
 * access to programs on this computer (Local Network Access), of JavaScript or of
 * cookies stops the signer or the portal, and nothing on the page says so.
 * Judges the last-used profile of each installed browser; other profiles with a
 * problem are mentioned. Reads files only; never starts a browser.
 */
export const browserSiteSettingsCheck = defineCheck({
  id: BROWSER_SITE_SETTINGS_CHECK,
  group: "browser",
  covers: ["EIMZA-SIGNER-WORKING", "EIMZA-BROWSER", "ASAN-BROWSER"],
  // Policies are read first when in the run: a mandatory Allow for e-gov.az overrides a Block the profile stored.
  uses: [BROWSER_INSTALLED_CHECK, BROWSER_POLICIES_CHECK],
  title: "browser.siteSettings.title",
  codes: SITE_CODES,
  async run(ctx) {
    // Read whatever the two checks found, also when they failed: "only Chromium is
    // installed" is a failed installed check, and still the inventory this check needs.
    const detection = ctx.depOutput(BROWSER_INSTALLED_CHECK);
    const installed = detection?.found ?? [];
    const policies = ctx.depOutput(BROWSER_POLICIES_CHECK);
    const folders = await readBrowserProfiles(ctx.host, { signal: ctx.signal });
    // With the inventory at hand, only installed browsers are judged (and those whose
    // probe did not answer: they may well be installed); without a complete inventory,
    // every folder found.
    const inventoryComplete = detection !== undefined && !detection.problems.some((p) => p.browser === undefined);
    const maybeInstalled = (id: string) =>
      installed.some((b) => b.browser === id) || (detection?.problems ?? []).some((p) => p.browser === id);
    const relevant = inventoryComplete ? folders.filter((f) => maybeInstalled(f.folder.browser)) : folders;

    const verdicts: ProfileVerdict[] = [];
    for (const folder of relevant) {
      const inst = installationFor(folder, installed);
      const lna = lnaStatus(folder.folder.browser, inst?.version);
      const policy = policySiteDecisions(policies, folder.folder.browser);
      for (const profile of folder.profiles) {
        verdicts.push({
          browser: folder.folder.browser,
          folder,
          profile,
          judged: profile.lastUsed,
          lna,
          version: inst?.version,
          ...verdictOf(profile, lna, policy),
        });
      }
    }
    verdicts.sort((a, b) => RANK[a.kind] - RANK[b.kind]);
    const data = {
      portal: "https://www.e-gov.az",
      folders: folders.map((f) => ({
        browser: f.folder.browser,
        dir: pii(f.folder.dir, "path"),
        origin: f.folder.origin,
        judged: relevant.includes(f),
        lastUsedFrom: f.lastUsedFrom,
        localStateProblem: f.localStateProblem ?? null,
        unreadProfiles: f.unread.length,
      })),
      profiles: verdicts.map((v) => ({
        browser: v.browser,
        version: v.version ?? null,
        chromiumMajor: v.lna.chromiumMajor ?? null,
        lnaEnforced: v.lna.enforced,
        lnaCoversWebSockets: v.lna.websockets,
        profile: v.profile.dir,
        profileName: v.profile.name ? pii(v.profile.name, "name") : null,
        lastUsed: v.profile.lastUsed,
        preferences: pii(v.profile.preferencesPath, "path"),
        verdict: v.kind,
        problem: v.profile.prefs.ok ? null : { kind: v.profile.prefs.problem, detail: pii(v.profile.prefs.detail, "path") },
        decisions: v.decisions
          .filter((d) => d.from !== "builtIn")
          .map((d) => ({
            setting: d.type,
            value: d.setting,
            from: d.from,
            key: d.key ?? null,
            otherHost: d.otherHost ?? false,
            verdict: d.verdict,
            allowedByPolicy: d.allowedByPolicy ?? false,
            blockedByPolicy: d.blockedByPolicy ?? false,
          })),
        oddities: v.profile.prefs.ok ? v.profile.prefs.settings.oddities : [],
      })),
    };

    const judged = verdicts.filter((v) => v.judged);
    const others = verdicts.filter((v) => !v.judged && (v.kind === "block" || v.kind === "blockLater"));
    if (judged.length === 0) {
      return {
        code: "SITE_NO_PROFILE",
        message: { key: "browser.siteSettings.noProfile" },
        remedy: [{ key: "browser.remedy.pressAllowLna" }],
        data,
      };
    }
    const worst = judged[0]!;
    const values = (v: ProfileVerdict) => ({ browser: BROWSER_NAMES[v.browser], profile: profileLabel(v) });
    const settingSteps = (v: ProfileVerdict, kinds: JudgedDecision["verdict"][]): Msg[] =>
      v.decisions
        .filter((d) => kinds.includes(d.verdict))
        .map((d) => ({ key: "browser.remedy.allowSetting", values: { ...values(v), setting: { key: `browser.setting.${d.type}` } } }));
    const otherNote: Msg[] = others.map((o) => ({ key: "browser.remedy.otherProfileBlocked", values: values(o) }));

    const result = (code: SiteCode, message: Msg, remedy: Msg[]): Outcome<undefined, SiteCode> => ({
      code,
      message,
      remedy: [...remedy, ...otherNote],
      data,
    });
    switch (worst.kind) {
      case "block": {
        const failing = judged.filter((v) => v.kind === "block");
        const first = failing[0]!.decisions.find((d) => d.verdict === "block")!;
        return result(
          "SITE_BLOCKED",
          { key: "browser.siteSettings.blocked", values: { ...values(worst), setting: { key: `browser.setting.${first.type}` } } },
          [...failing.flatMap((v) => [fixSteps(v.browser), ...settingSteps(v, ["block"])])],
        );
      }
      case "unreadable": {
        const p = worst.profile.prefs as Extract<ProfileRead["prefs"], { ok: false }>;
        return result("SITE_PROFILE_UNREADABLE", { key: `browser.siteSettings.unreadable.${p.problem}`, values: values(worst) }, [
          { key: "browser.remedy.closeBrowserAndRerun" },
          fixSteps(worst.browser),
        ]);
      }
      case "blockLater":
        return result(
          "SITE_BLOCK_NOT_ENFORCED",
          { key: "browser.siteSettings.blockLater", values: { ...values(worst), version: worst.version ?? "?" } },
          [fixSteps(worst.browser), ...settingSteps(worst, ["blockLater"])],
        );
      case "lanBlock":
        // Since the 145 split a local-network Block is about other devices; whether the
        // signer on this computer is reachable is the loopback decision, said as it is.
        if (worst.lnaDecision === "allowed") {
          return result("SITE_LAN_BLOCKED", { key: "browser.siteSettings.lanBlockedLoopbackAllowed", values: values(worst) }, []);
        }
        return result("SITE_LAN_BLOCKED", { key: "browser.siteSettings.lanBlocked", values: values(worst) }, [
          fixSteps(worst.browser),
          { key: "browser.remedy.pressAllowLna" },
        ]);
      case "undecided":
        return result(
          others.length ? "SITE_BLOCKED_OTHER_PROFILE" : "SITE_LNA_UNDECIDED",
          { key: "browser.siteSettings.undecided", values: values(worst) },
          [{ key: "browser.remedy.pressAllowLna" }],
        );
      default:
        return result(
          others.length ? "SITE_BLOCKED_OTHER_PROFILE" : "SITE_SETTINGS_OK",
          {
            key: "browser.siteSettings.ok",
            values: {
              browsers: judged
                .map((v) => {
                  const l = profileLabel(v);
                  return `${BROWSER_NAMES[v.browser]} (${typeof l === "string" ? l : profileFolder(v)})`;
                })
                .join(", "),
            },
          },
          [],
        );
    }
  },
});
