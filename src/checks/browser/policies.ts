import { defineCheck } from "../../core/define-check.js";
import { POLICY_SOURCE } from "../../explain/sources.js";
import type { Msg } from "../../core/types.js";
import { pii } from "../../core/pii.js";
import { readBrowserPolicies } from "../../host/browsers/policies/read.js";
import { BROWSER_NAMES } from "../../host/browsers/types.js";
import { BROWSER_POLICIES_CHECK, probeTimeout } from "./ids.js";
import { judgePolicies, policySets, proxyOf, type LocatedFinding as Located } from "./policy-verdicts.js";

/**
 * Enterprise policies (set by an employer's IT, or left behind by software) that stop
 * e-gov.az, its JavaScript or cookies, or its reach to the signer program on this
 * computer. The citizen cannot change a mandatory policy: the fix is the administrator.
 */
export const browserPoliciesCheck = defineCheck({
  id: BROWSER_POLICIES_CHECK,
  group: "browser",
  covers: ["EIMZA-SIGNER-WORKING", "EIMZA-BROWSER", "ASAN-BROWSER"],
  title: "browser.policies.title",
  codes: {
    POLICY_NONE: { status: "pass" },
    POLICY_NOTHING_BLOCKS: { status: "pass" },
    POLICY_BLOCKS: {
      status: "fail",
      remedy: ["browser.remedy.askItAdmin", "browser.remedy.checkChromePolicyPage", "browser.remedy.otherBrowserOrComputer"],
      source: POLICY_SOURCE,
      helperSteps: ["browser.remedy.policyLine"],
    },
    POLICY_RECOMMENDED_BLOCKS: {
      status: "warn",
      remedy: ["browser.remedy.askItAdmin", "browser.remedy.checkChromePolicyPage"],
      source: POLICY_SOURCE,
      helperSteps: ["browser.remedy.policyLine"],
    },
    POLICY_LAN_BLOCKED: {
      status: "warn",
      remedy: ["browser.remedy.askItAdmin"],
      source: POLICY_SOURCE,
      helperSteps: ["browser.remedy.policyLine"],
    },
    POLICY_POPUPS_BLOCKED: {
      status: "warn",
      remedy: ["browser.remedy.askItAdmin"],
      source: POLICY_SOURCE,
      helperSteps: ["browser.remedy.policyLine"],
    },
    POLICY_UNREADABLE: { status: "error", remedy: ["browser.remedy.checkChromePolicyPage"] },
  },
  async run(ctx) {
    const read = await readBrowserPolicies(ctx.host, { signal: ctx.signal, timeoutMs: probeTimeout(ctx.budgetMs) });
    // Each browser's places are one policy set, merged as the browser merges them: a
    // default in one file and its exception in another are judged together.
    const located: Located[] = policySets(read).flatMap(({ set }) => judgePolicies(set));
    const data = {
      sources: read.sources.map((s) => ({
        browser: s.browser,
        level: s.level,
        scope: s.scope,
        where: pii(s.where, "path"),
        policies: Object.keys(s.policies).sort(),
        proxy: proxyOf(s) ?? null,
      })),
      findings: located.map((f) => ({
        browser: f.source.browser,
        level: f.source.level,
        where: pii(f.source.where, "path"),
        policy: f.policy,
        kind: f.kind,
        entry: f.entry,
        target: f.target,
      })),
      problems: read.problems.map((p) => ({ browser: p.browser, where: pii(p.where, "path"), reason: pii(p.reason, "path") })),
    };
    const valuesOf = (f: Located) => ({
      browser: BROWSER_NAMES[f.source.browser],
      policy: f.policy,
      where: pii(f.source.where, "path"),
      entry: f.entry,
    });
    const steps = (fs: Located[]): Msg[] => fs.map((f) => ({ key: "browser.remedy.policyLine", values: valuesOf(f) }));

    const mandatory = located.filter((f) => f.kind === "block" && f.source.level === "mandatory");
    if (mandatory.length) {
      return {
        code: "POLICY_BLOCKS",
        message: { key: "browser.policies.blocks", values: valuesOf(mandatory[0]!) },
        remedy: [{ key: "browser.remedy.askItAdmin" }, ...steps(mandatory), { key: "browser.remedy.otherBrowserOrComputer" }],
        data,
        output: read,
      };
    }
    if (read.problems.length) {
      const p = read.problems[0]!;
      return {
        code: "POLICY_UNREADABLE",
        message: { key: "browser.policies.unreadable", values: { browser: BROWSER_NAMES[p.browser], where: pii(p.where, "path") } },
        remedy: [{ key: "browser.remedy.checkChromePolicyPage" }],
        data,
        output: read,
      };
    }
    const recommended = located.filter((f) => f.kind === "block");
    if (recommended.length) {
      return {
        code: "POLICY_RECOMMENDED_BLOCKS",
        message: { key: "browser.policies.recommendedBlocks", values: valuesOf(recommended[0]!) },
        remedy: [{ key: "browser.remedy.askItAdmin" }, ...steps(recommended)],
        data,
        output: read,
      };
    }
    const lan = located.filter((f) => f.kind === "lan");
    if (lan.length) {
      return {
        code: "POLICY_LAN_BLOCKED",
        message: { key: "browser.policies.lanBlocked", values: valuesOf(lan[0]!) },
        remedy: [{ key: "browser.remedy.askItAdmin" }, ...steps(lan)],
        data,
        output: read,
      };
    }
    const popups = located.filter((f) => f.kind === "popups");
    if (popups.length) {
      return {
        code: "POLICY_POPUPS_BLOCKED",
        message: { key: "browser.policies.popupsBlocked", values: valuesOf(popups[0]!) },
        remedy: [{ key: "browser.remedy.askItAdmin" }, ...steps(popups)],
        data,
        output: read,
      };
    }
    if (read.sources.length === 0) {
      return { code: "POLICY_NONE", message: { key: "browser.policies.none" }, data, output: read };
    }
    return {
      code: "POLICY_NOTHING_BLOCKS",
      message: { key: "browser.policies.nothingBlocks", values: { count: read.sources.length } },
      data,
      output: read,
    };
  },
});
