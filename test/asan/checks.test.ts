import type { MessageKey } from "../../src/i18n/keys.js";
import { describe, expect, it } from "vitest";
import type { CheckContext, CheckDefinition, Outcome, RunOptions, Status } from "../../src/core/types.js";
import type { Host } from "../../src/host/host.js";
import type { Prompter } from "../../src/host/prompt.js";
import { createNodeHost } from "../../src/host/node-host.js";
import { asanChecks } from "../../src/checks/asan/index.js";
import { asanPhoneCheck } from "../../src/checks/asan/phone.js";
import { asanSubscriptionCheck } from "../../src/checks/asan/subscription.js";
import { asanPin1Check } from "../../src/checks/asan/pin1.js";
import { asanPin2Check } from "../../src/checks/asan/pin2.js";
import { asanSuspendedCheck } from "../../src/checks/asan/suspended.js";
import { asanCodeCheck } from "../../src/checks/asan/code.js";
import { parseAnswer } from "../../src/asan/interview.js";
import { runChecks } from "../../src/core/runner.js";
import { t } from "../../src/i18n/catalog.js";
import { runOptions } from "../helpers/options.js";

/**
 * A terminal that answers from a script: the documented injection point for questions
 * (Host.prompt), on top of the real node host. It records every question asked.
 */
function scriptedPrompter(answers: string[]): Prompter & { asked: string[] } {
  const queue = [...answers];
  const asked: string[] = [];
  return {
    asked,
    async ask(q) {
      asked.push(q);
      if (queue.length === 0) throw new Error(`unexpected question: ${q}`);
      return queue.shift()!;
    },
    async askHidden() {
      throw new Error("the asan guide never asks for a secret");
    },
    close() {},
  };
}

function hostWith(prompt?: Prompter): Host {
  return { ...createNodeHost({ offline: true }), prompt };
}

function ctxFor(host: Host, over: Partial<RunOptions> = {}): CheckContext {
  return {
    host,
    options: runOptions(over),
    signal: new AbortController().signal,
    budgetMs: 60_000,
    dep: () => undefined,
    depOutput: () => undefined,
    depResult: () => undefined,
  };
}

/** The check's outcome with the status its code declares (as the runner gives it). */
async function run(check: CheckDefinition, ctx: CheckContext): Promise<Omit<Outcome, "status"> & { status: Status }> {
  const o = await check.run(ctx);
  // A returned code must be declared; its declaration gives the status.
  const declared = check.codes[o.code];
  expect(declared, `${check.id} ${o.code}`).toBeDefined();
  return { ...o, status: declared!.status };
}

describe("asan checks without a terminal (or without --interactive)", () => {
  it("are guides: status info with remedies, and no question is asked", async () => {
    const prompter = scriptedPrompter([]);
    for (const host of [hostWith(undefined), hostWith(prompter)]) {
      for (const check of asanChecks) {
        const o = await run(check, ctxFor(host, { interactive: false }));
        expect(o.status, check.id).toBe("info");
        expect(o.remedy?.length ?? 0, check.id).toBeGreaterThan(0);
      }
    }
    expect(prompter.asked).toEqual([]);
  });

  it("--interactive without a terminal also gives the guide", async () => {
    for (const check of asanChecks) {
      const o = await run(check, ctxFor(hostWith(undefined), { interactive: true }));
      expect(o.status, check.id).toBe("info");
    }
  });
});

describe("asan --phone", () => {
  it("warns for a phone on the notice's list", async () => {
    const o = await run(asanPhoneCheck, ctxFor(hostWith(), { phone: "Nokia 6110" }));
    expect(o.code).toBe("ASAN_PHONE_LISTED");
    expect(o.data).toMatchObject({ phone: "Nokia 6110", listedAs: "Nokia 6110" });
  });

  it("says 'not on the list', never 'compatible', for an unknown phone", async () => {
    const o = await run(asanPhoneCheck, ctxFor(hostWith(), { phone: "Samsung Galaxy A54" }));
    expect(o.status).toBe("info");
    expect(o.code).toBe("ASAN_PHONE_NOT_LISTED");
    for (const lang of ["en", "az", "ru"] as const) {
      const text = t(lang, o.message);
      expect(text).toContain("Samsung Galaxy A54");
      expect(text.toLowerCase()).not.toMatch(/compatible|uyğundur|совместим/);
    }
  });

  it("warns for BlackBerry models and QWERTY phones the notice does not name", async () => {
    expect((await run(asanPhoneCheck, ctxFor(hostWith(), { phone: "BlackBerry KEY2" }))).code).toBe("ASAN_PHONE_BLACKBERRY");
    expect((await run(asanPhoneCheck, ctxFor(hostWith(), { phone: "Vendor X QWERTY" }))).code).toBe("ASAN_PHONE_QWERTY");
  });

  it("asks for the model in a guided run when --phone was not given", async () => {
    const prompter = scriptedPrompter(["sony ericsson p900"]);
    const o = await run(asanPhoneCheck, ctxFor(hostWith(prompter), { interactive: true }));
    expect(o.code).toBe("ASAN_PHONE_LISTED");
    expect(o.data).toMatchObject({ answeredBy: "user" });
    expect(prompter.asked).toHaveLength(1);
  });

  it("an empty answer skips the phone and gives the guide", async () => {
    const o = await run(asanPhoneCheck, ctxFor(hostWith(scriptedPrompter([""])), { interactive: true }));
    expect(o.code).toBe("ASAN_PHONE_GUIDE");
  });
});

describe("the guided run: answers become results", () => {
  const interactive = (answers: string[], lang: RunOptions["lang"] = "en") => {
    const prompter = scriptedPrompter(answers);
    return { prompter, ctx: ctxFor(hostWith(prompter), { interactive: true, lang }) };
  };

  it("subscription: yes/yes passes, a 'no' fails, unsure warns, and the JSON keeps the answers", async () => {
    let r = interactive(["y", "y"]);
    let o = await run(asanSubscriptionCheck, r.ctx);
    expect(o.code).toBe("ASAN_SUBSCRIPTION_CONFIRMED");
    expect(o.data).toEqual({ answeredBy: "user", answers: { subscriptionPaidAndBalance: "yes", certificateValidAtSale: "yes" } });

    r = interactive(["n", "y"]);
    expect((await run(asanSubscriptionCheck, r.ctx)).code).toBe("ASAN_SUBSCRIPTION_UNPAID");
    r = interactive(["y", "no"]);
    expect((await run(asanSubscriptionCheck, r.ctx)).code).toBe("ASAN_CERTIFICATE_EXPIRED");
    r = interactive(["", "y"]);
    o = await run(asanSubscriptionCheck, r.ctx);
    expect(o.code).toBe("ASAN_SUBSCRIPTION_UNSURE");
    expect(o.status).toBe("warn");
  });

  it("PIN1: asks about the PUK only when PIN1 is blocked", async () => {
    let r = interactive(["y", "n"]);
    expect((await run(asanPin1Check, r.ctx)).code).toBe("ASAN_PIN1_CONFIRMED");
    expect(r.prompter.asked).toHaveLength(2);

    r = interactive(["y", "y", "n"]);
    expect((await run(asanPin1Check, r.ctx)).code).toBe("ASAN_PIN1_BLOCKED");
    expect(r.prompter.asked).toHaveLength(3);

    r = interactive(["y", "y", "y"]);
    const o = await run(asanPin1Check, r.ctx);
    expect(o.code).toBe("ASAN_PUK_BLOCKED");
    expect(o.status).toBe("fail");

    r = interactive(["n", "n"]);
    expect((await run(asanPin1Check, r.ctx)).code).toBe("ASAN_PIN_UNKNOWN");
  });

  it("PIN2, 'Service suspended' and the verification code", async () => {
    expect((await run(asanPin2Check, interactive(["y"]).ctx)).code).toBe("ASAN_PIN2_CONFIRMED");
    expect((await run(asanPin2Check, interactive(["n"]).ctx)).code).toBe("ASAN_PIN2_UNSURE");

    expect((await run(asanSuspendedCheck, interactive(["y"]).ctx)).code).toBe("ASAN_LOGIN_CONFIRMED");
    expect((await run(asanSuspendedCheck, interactive(["n", "y"]).ctx)).code).toBe("ASAN_SERVICE_SUSPENDED");
    expect((await run(asanSuspendedCheck, interactive(["n", "n"]).ctx)).code).toBe("ASAN_LOGIN_NOT_TRIED");

    const dual = interactive(["y", "n", "y"]);
    expect((await run(asanCodeCheck, dual.ctx)).code).toBe("ASAN_NUMBER_NOT_IN_SIM1");
    expect(dual.prompter.asked).toHaveLength(3);
    const single = interactive(["n", "n"]);
    const o = await run(asanCodeCheck, single.ctx);
    expect(o.code).toBe("ASAN_CODE_NOT_ARRIVING");
    expect(o.remedy).toHaveLength(6);
    expect(single.prompter.asked).toHaveLength(2);
    expect((await run(asanCodeCheck, interactive(["y", "y", "y"]).ctx)).code).toBe("ASAN_CODE_CONFIRMED");
  });

  it("asks in the citizen's language, with that language's answer letters", async () => {
    const r = interactive(["h", "y"], "az");
    const o = await run(asanSubscriptionCheck, r.ctx);
    // In Azerbaijani "h" is hə (yes) and "y" is yox (no).
    expect(o.code).toBe("ASAN_CERTIFICATE_EXPIRED");
    expect(r.prompter.asked[0]).toContain("abunəliyiniz");
    expect(r.prompter.asked[0]).toContain("h = hə");
  });

  it("run through the real runner, the checks ask one block at a time, in the order they are listed", async () => {
    // subscription 2, phone 1, pin1 2, suspended 1, code 2 (not dual-SIM), pin2 1.
    const prompter = scriptedPrompter(["y", "y", "Nokia 6110", "y", "n", "y", "n", "y", "y"]);
    const host = hostWith(prompter);
    const results = await runChecks(asanChecks, { host, options: runOptions({ interactive: true, timeoutMs: 60_000 }) });
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(byId["asan.subscription"]!.code).toBe("ASAN_SUBSCRIPTION_CONFIRMED");
    expect(byId["asan.phone"]!.code).toBe("ASAN_PHONE_LISTED");
    expect(byId["asan.pin1"]!.code).toBe("ASAN_PIN1_CONFIRMED");
    expect(byId["asan.suspended"]!.code).toBe("ASAN_LOGIN_CONFIRMED");
    expect(byId["asan.code"]!.code).toBe("ASAN_CODE_CONFIRMED");
    expect(byId["asan.pin2"]!.code).toBe("ASAN_PIN2_CONFIRMED");
    expect(byId["asan.session"]!.status).toBe("info");
    const order = prompter.asked.map((q) => Object.entries(QUESTION_KEYS).find(([, k]) => q.startsWith(t("en", k)))?.[0]);
    expect(order).toEqual(["paid", "certificate", "phone", "pinsKnown", "pin1Blocked", "loggedIn", "dualSim", "codeArrived", "pin2"]);
  });
});

const QUESTION_KEYS: Record<string, MessageKey> = {
  paid: "asan.subscription.askPaid",
  certificate: "asan.subscription.askCertificate",
  phone: "asan.phone.ask",
  pinsKnown: "asan.pin1.askKnown",
  pin1Blocked: "asan.pin1.askBlocked",
  loggedIn: "asan.suspended.askLoggedIn",
  dualSim: "asan.code.askDualSim",
  codeArrived: "asan.code.askArrived",
  pin2: "asan.pin2.ask",
};

describe("parseAnswer", () => {
  it("reads yes/no words in every language and the prompt's own letters", () => {
    expect(parseAnswer("Hə", "az")).toBe("yes");
    expect(parseAnswer("he", "az")).toBe("yes");
    expect(parseAnswer("yox", "en")).toBe("no");
    expect(parseAnswer("y", "az")).toBe("no");
    expect(parseAnswer("y", "en")).toBe("yes");
    expect(parseAnswer("Да", "ru")).toBe("yes");
    expect(parseAnswer("н", "ru")).toBe("no");
    expect(parseAnswer("", "en")).toBe("unsure");
    expect(parseAnswer("maybe", "en")).toBe("unsure");
  });
});

describe("questions and the time budget", () => {
  it("a check whose budget ran out while waiting for its turn asks nothing", async () => {
    const prompter = scriptedPrompter(["y", "y"]);
    const controller = new AbortController();
    controller.abort();
    const ctx = { ...ctxFor(hostWith(prompter), { interactive: true }), signal: controller.signal };
    await expect(asanPin2Check.run(ctx)).rejects.toThrow(/no time left/);
    expect(prompter.asked).toEqual([]);
  });
});
