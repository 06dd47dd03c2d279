#!/usr/bin/env node
// Finds `x as T` casts the type checker does not need: the expression already has exactly
// type T (the same type object in the checker), so the cast only hides what a later change
// to either side would otherwise make the compiler say. `as const` and casts to `unknown`
// are left alone. Biome has no type-aware rule for this; typescript-eslint's
// no-unnecessary-type-assertion compares the same way (type identity).
//   node scripts/lint-casts.mjs        list them; exit 1 when there is one
import ts from "typescript";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const configPath = join(ROOT, "tsconfig.json");
const parsed = ts.getParsedCommandLineOfConfigFile(
  configPath,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  },
);
const program = ts.createProgram(parsed.fileNames, parsed.options);
const checker = program.getTypeChecker();

const found = [];
for (const sf of program.getSourceFiles()) {
  if (sf.isDeclarationFile || sf.fileName.includes("/node_modules/")) continue;
  const visit = (node) => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const t = node.type;
      const isConst = ts.isTypeReferenceNode(t) && t.typeName.getText(sf) === "const";
      if (!isConst && t.kind !== ts.SyntaxKind.UnknownKeyword && t.kind !== ts.SyntaxKind.AnyKeyword) {
        const castTo = checker.getTypeFromTypeNode(t);
        const had = checker.getTypeAtLocation(node.expression);
        if (castTo === had) {
          const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
          found.push(`${relative(ROOT, sf.fileName)}:${line + 1}:${character + 1}  unneeded cast: ${node.getText(sf).slice(0, 100)}`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
for (const f of found) console.log(f);
if (found.length) {
  console.error(`${found.length} cast(s) the type checker does not need`);
  process.exitCode = 1;
}
