import type { ExplainEntry } from "../types.js";

const restart = ["signer.remedy.restartSigner", "signer.remedy.firewall", "signer.remedy.reinstall", "signer.remedy.hotline"];
const start = ["signer.remedy.start", "signer.remedy.beforeLogin", "signer.remedy.restartBrowser"];

/** The signer group's codes, plus the portal message a missing signer causes. */
export const signerEntries: readonly ExplainEntry[] = [
  { code: "SIGNER_INSTALLED", meaning: "signer.explain.SIGNER_INSTALLED", remedy: [] },
  { code: "SIGNER_FOUND_RUNNING", meaning: "signer.explain.SIGNER_FOUND_RUNNING", remedy: [] },
  {
    code: "SIGNER_NOT_INSTALLED",
    meaning: "signer.explain.SIGNER_NOT_INSTALLED",
    remedy: ["signer.installed.no.remedy.download", "signer.installed.no.remedy.order", "signer.remedy.hotline"],
  },
  { code: "SIGNER_INSTALL_UNKNOWN", meaning: "signer.explain.SIGNER_INSTALL_UNKNOWN", remedy: ["signer.installed.unknown.remedy"] },
  { code: "SIGNER_CATALOG_INVALID", meaning: "signer.explain.SIGNER_CATALOG_INVALID", remedy: ["signer.catalogInvalid.remedy"] },
  { code: "SIGNER_RUNNING", meaning: "signer.explain.SIGNER_RUNNING", remedy: [] },
  { code: "SIGNER_NOT_RUNNING", meaning: "signer.explain.SIGNER_NOT_RUNNING", remedy: start },
  { code: "SIGNER_PROCESSES_UNKNOWN", meaning: "signer.explain.SIGNER_PROCESSES_UNKNOWN", remedy: ["signer.running.unknown.remedy"] },
  { code: "SIGNER_ANSWERING", meaning: "signer.explain.SIGNER_ANSWERING", remedy: [] },
  { code: "SIGNER_NOT_LISTENING", meaning: "signer.explain.SIGNER_NOT_LISTENING", remedy: restart },
  { code: "SIGNER_NOT_ANSWERING", meaning: "signer.explain.SIGNER_NOT_ANSWERING", remedy: restart },
  { code: "SIGNER_PORTS_UNKNOWN", meaning: "signer.explain.SIGNER_PORTS_UNKNOWN", remedy: ["signer.answering.portsUnknown.remedy"] },
  {
    code: "SIGNING_TEST_GUIDE",
    meaning: "signer.explain.SIGNING_TEST_GUIDE",
    remedy: ["signer.signingTested.step.login", "signer.signingTested.step.sign", "signer.signingTested.step.problem"],
  },
];
