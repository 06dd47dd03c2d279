import type { Prompter } from "./prompt.js";

/**
 * Everything a check may ask of the operating system goes through a Host. Checks are
 * decisions over what the host reports, which is what makes them testable: tests run
 * the real host against real parts (SoftHSM, NSS, openssl) and, for what this machine
 * cannot run (Windows registry, macOS keychains), hand checks a host whose `exec`
 * returns output captured in the exact documented format.
 */
export interface Host {
  platform: PlatformInfo;
  env: Readonly<Record<string, string | undefined>>;
  now(): Date;
  exec(command: string, args: readonly string[], options?: ExecOptions): Promise<ExecResult>;
  fs: FileHost;
  http: HttpHost;
  /** Questions on the terminal; absent when there is none (scripts, --json, CI). */
  prompt?: Prompter;
  /**
   * Every external command this host started, in start order (shown by --verbose):
   * what a run costs on a citizen's PC, and proof that no browser was started.
   */
  execLog?: readonly ExecRecord[];
  /** Where p11-kit's module registry is read (tests lay out their own); default: the system's. */
  pkcs11Registry?: import("./pkcs11/p11kit-registry.js").Pkcs11Registry;
}

export interface ExecRecord {
  command: string;
  /** Arguments cut short (long ones, such as an encoded PowerShell script, abbreviated). */
  args: string[];
  durationMs: number;
  /** null when killed, crashed or not started. */
  exitCode: number | null;
  timedOut: boolean;
  notFound: boolean;
  signal?: string;
  /** Positions in `args` that are personal data (ExecOptions.personalArgs). */
  personalArgs?: number[];
}

export interface PlatformInfo {
  os: NodeJS.Platform;
  release: string;
  arch: string;
  node: string;
  homedir: string;
  username: string;
  /**
   * This program's own process id, as the OS numbers it. A process list that lacks it
   * was not read (a stub tasklist, a /proc from another namespace): an empty or partial
   * answer is not evidence that a program is not running.
   */
  pid?: number;
}

export interface ExecOptions {
  /** Hard deadline; the process (and its group) is killed when it passes. Default 10 s. */
  timeoutMs?: number;
  /** Bytes kept of stdout and of stderr each; the rest is dropped. Default 1 MiB. */
  maxOutputBytes?: number;
  signal?: AbortSignal;
  /** The child's whole environment (not added to this process's): default, this process's. */
  env?: Record<string, string | undefined>;
  cwd?: string;
  input?: string;
  /**
   * Positions in `args` that hold personal data (an NSS nickname, which NSS and Chrome
   * derive from the holder's subject: name and FIN). The command log (--verbose, the
   * report, JSON `commands`) shows them redacted unless --no-redact.
   */
  personalArgs?: readonly number[];
  /**
   * The child's stdin is a pipe that stays open (after `input`, if any) until the child
   * ends: it sees end-of-file there only when this process is gone, even by kill -9
   * or "End task", and can end itself then (the PKCS#11 probe child does).
   */
  holdStdin?: boolean;
}

export interface ExecResult {
  /** null when killed by a signal or not started. */
  exitCode: number | null;
  /** e.g. "SIGSEGV" when the process crashed. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  truncated: boolean;
  /** The command does not exist on this machine (ENOENT). */
  notFound: boolean;
  durationMs: number;
}

export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
  size: number;
  mtime: Date;
}

export interface FileHost {
  /** Reads at most `maxBytes` (default 4 MiB); a larger file is an error, never a hang. */
  readFile(path: string, options?: { maxBytes?: number; signal?: AbortSignal }): Promise<Buffer>;
  readText(path: string, options?: { maxBytes?: number; signal?: AbortSignal }): Promise<string>;
  /**
   * Reads chosen byte ranges of one regular file, opened once, never the whole file
   * (a DLL's headers and export table): `use` asks for ranges; at most `maxBytes` in
   * all (default 1 MiB), after which a read throws. The file is closed when `use` ends.
   */
  readRanges<T>(path: string, use: (file: RangeFile) => Promise<T>, options?: { maxBytes?: number; signal?: AbortSignal }): Promise<T>;
  exists(path: string): Promise<boolean>;
  stat(path: string): Promise<FileStat | undefined>;
  /** Entry names; empty when the directory does not exist. */
  list(path: string): Promise<string[]>;
  readLink(path: string): Promise<string | undefined>;
  realPath(path: string): Promise<string | undefined>;
  writeFile(path: string, data: string | Buffer): Promise<void>;
  mkdir(path: string): Promise<void>;
}

/** One open file read by ranges (FileHost.readRanges). */
export interface RangeFile {
  /** The file's size when it was opened. */
  size: number;
  /** Up to `length` bytes from `offset`: fewer at the end of the file, none past it. */
  read(offset: number, length: number): Promise<Buffer>;
}

export interface HttpRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Bytes kept of the body (default 4 MiB). */
  maxBytes?: number;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  url: string;
}

export interface HttpHost {
  /** Whether `--offline` forbids the network. */
  readonly offline: boolean;
  /** Throws OfflineError when offline, HttpTimeoutError past the deadline. */
  request(url: string, req: HttpRequest): Promise<HttpResponse>;
}

export class OfflineError extends Error {
  constructor(url: string) {
    super(`network use refused by --offline: ${url}`);
    this.name = "OfflineError";
  }
}

export class HttpTimeoutError extends Error {
  constructor(url: string, ms: number) {
    super(`no answer from ${url} within ${ms} ms`);
    this.name = "HttpTimeoutError";
  }
}
