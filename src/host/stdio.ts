import { readFileSync, readlinkSync } from "node:fs";

/**
 * The process's standard output and error as the CLI writes them, watched for failure
 * (issue 18.12). Node reports a failed write to a pipe or a file only as an 'error'
 * event (ENOSPC for `> /dev/full`, EPIPE when `| head` has gone): with no listener
 * that event crashes the process (exit 1, even after a usage error), and with one that
 * ignores it the run exits 0 having delivered nothing. Here:
 * - a failure on stderr is swallowed (nothing more can be said anywhere);
 * - a failure on stdout is kept and told by `stdoutFailure()` once everything is flushed;
 *   EPIPE (the reader left on purpose, `| head`) is not a failure.
 */
export interface WatchedStdio {
  stdout(s: string): void;
  stderr(s: string): void;
  /** After the run: why its results did not reach stdout, or undefined when they did (or nothing was written). */
  stdoutFailure(): Promise<string | undefined>;
}

export function watchStdio(): WatchedStdio {
  let failure: NodeJS.ErrnoException | undefined;
  let wrote = false;
  const closedAtStart = stdoutClosedAtStart();
  const onStdoutError = (e: NodeJS.ErrnoException) => {
    failure ??= e;
  };
  process.stdout.on("error", onStdoutError);
  process.stderr.on("error", () => undefined);
  return {
    stdout(s) {
      if (s.length > 0) wrote = true;
      if (failure) return;
      try {
        process.stdout.write(s, (e) => {
          if (e) onStdoutError(e);
        });
      } catch (e) {
        onStdoutError(e as NodeJS.ErrnoException);
      }
    },
    stderr(s) {
      try {
        process.stderr.write(s, () => undefined);
      } catch {
        // Nowhere left to say it.
      }
    },
    async stdoutFailure() {
      if (!wrote) return undefined;
      if (!failure) await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
      if (failure) return failure.code === "EPIPE" ? undefined : (failure.code ?? failure.message);
      return closedAtStart ? "EBADF" : undefined;
    },
  };
}

/**
 * `>&-`: Node opens /dev/null in place of a closed fd 0-2 before any code runs, so the
 * writes "succeed". Node opens it read-write; a shell's `> /dev/null` opens it write-only.
 * Linux tells the open flags in /proc/self/fdinfo (octal; O_ACCMODE is the low two bits).
 * Elsewhere a closed stdout cannot be told from /dev/null.
 */
function stdoutClosedAtStart(): boolean {
  if (process.platform !== "linux") return false;
  try {
    if (readlinkSync("/proc/self/fd/1") !== "/dev/null") return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync("/proc/self/fdinfo/1", "utf8"))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & 3) === 2;
  } catch {
    return false;
  }
}
