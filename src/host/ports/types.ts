export interface ListeningSocket {
  pid?: number;
  /** The local address it listens on ("127.0.0.1", "0.0.0.0", "::", "::1", "*"). */
  address: string;
  port: number;
}

export interface PortLookupOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}
