import { join } from "node:path";
import { UsageError } from "../core/errors.js";
import { nodeFiles } from "../host/files.js";
import { checkOutputFile, sameFile, type OutputProblem } from "../host/output-file.js";

export interface FilesAsked {
  report?: string;
  ics?: string;
  certFiles: readonly string[];
  caFiles: readonly string[];
  modules: readonly string[];
  /** Other files the run reads (the signer catalogue GUZESTLI_SIGNER_CATALOG names). */
  otherInputs?: readonly string[];
}

/**
 * Everything the user named on the command line is checked before the first check
 * runs, so that a typo costs a second and not a whole run (exit 64, nothing on stdout):
 * each --module exists, --report and --ics can be written, and neither would overwrite
 * one of the inputs.
 */
export async function validateFiles(f: FilesAsked): Promise<void> {
  for (const m of f.modules) {
    // Through the host's file layer, like every other look at the OS.
    const st = await nodeFiles.stat(m);
    if (!st) throw new UsageError("cli.error.moduleMissing", { file: m });
    if (!st.isFile) throw new UsageError("cli.error.moduleNotFile", { file: m });
  }
  const inputs = [...f.certFiles, ...f.caFiles, ...f.modules, ...(f.otherInputs ?? [])].filter((i) => i !== "");
  const outputs: Array<[string, string]> = [];
  if (f.report !== undefined) outputs.push(["--report", f.report]);
  if (f.ics !== undefined) outputs.push(["--ics", f.ics]);
  for (const [option, file] of outputs) {
    if (file.trim() === "") throw new UsageError("cli.error.missingArgument", { option });
    for (const input of inputs) {
      if (await sameFile(file, input)) throw new UsageError("cli.error.outputIsInput", { option, file });
    }
    const problem = await checkOutputFile(file);
    if (problem) throw outputError(option, file, problem);
  }
  if (outputs.length === 2 && (await sameFile(outputs[0]![1], outputs[1]![1]))) {
    throw new UsageError("cli.error.outputsSame", { file: outputs[0]![1] });
  }
}

function outputError(option: string, file: string, p: OutputProblem): UsageError {
  switch (p.kind) {
    case "missingFolder":
      return new UsageError("cli.error.outputNoFolder", { option, file, folder: p.folder });
    case "isDirectory":
      // The example is a file in that folder, named for what the option writes (issue #21.3).
      return option === "--report"
        ? new UsageError("cli.error.reportIsFolder", { option, file, example: join(file, "guzestli-check.html") })
        : new UsageError("cli.error.outputIsFolder", { option, file, example: join(file, "guzestli-menzil.ics") });
    case "notRegularFile":
      return new UsageError("cli.error.outputNotFile", { option, file });
    case "notWritable":
      // The usual causes get a sentence in the user's language; anything else keeps the system's words.
      if (p.code === "EACCES" || p.code === "EPERM") return new UsageError("cli.error.outputDenied", { option, file });
      if (p.code === "EROFS") return new UsageError("cli.error.outputReadOnly", { option, file });
      if (p.code === "ENOSPC") return new UsageError("cli.error.outputNoSpace", { option, file });
      return new UsageError("cli.error.fileNotWritable", { file, reason: p.reason });
  }
}
