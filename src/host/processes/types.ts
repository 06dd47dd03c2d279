export interface ProcessInfo {
  pid: number;
  /** The short name the OS shows (Linux comm, Windows image name, macOS executable). */
  name: string;
  /** Full path of the executable, when the OS tells it. */
  exe?: string;
  /** First argument (argv[0]) as started, when the OS tells it. */
  argv0?: string;
}

export interface ProcessListOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}
