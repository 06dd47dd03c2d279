import tls from "node:tls";
import { startDeadline } from "./deadline.js";

export interface TlsResult {
  /** The handshake completed (whether or not the certificate is trusted). */
  handshake: boolean;
  /** The certificate chains to a root in Node's bundled public CA list and names the host. */
  trusted: boolean;
  /** OpenSSL / Node verification code when not trusted (DEPTH_ZERO_SELF_SIGNED_CERT, …). */
  authorizationError?: string;
  /** Issuer and subject of the server's certificate (public data of the server, not personal). */
  issuer?: string;
  subject?: string;
  validTo?: string;
  protocol?: string;
  failure?: "timeout" | "aborted" | "reset" | "other";
  errorCode?: string;
  durationMs: number;
}

/**
 * A TLS handshake with a hard deadline that does not reject an untrusted certificate
 * but reports why it is untrusted. Verification uses Node's bundled list of public
 * root CAs on purpose: an antivirus or corporate proxy that intercepts HTTPS puts its
 * own root into the operating system's store only, so its certificate fails here and
 * the issuer it shows names the interceptor.
 */
export function tlsHandshake(
  address: string,
  port: number,
  opts: { servername?: string; timeoutMs: number; signal?: AbortSignal },
): Promise<TlsResult> {
  const started = performance.now();
  const took = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let done = false;
    const socket = tls.connect({
      host: address,
      port,
      // SNI must be a name, never an IP literal.
      servername: opts.servername && !/^[\d.:]+$/.test(opts.servername) ? opts.servername : undefined,
      rejectUnauthorized: false,
      // Verify the name the citizen types, even when connecting to a resolved address.
      checkServerIdentity: (_host, cert) => tls.checkServerIdentity(opts.servername ?? address, cert),
    });
    const deadline = startDeadline(opts.timeoutMs, opts.signal);
    const finish = (r: Omit<TlsResult, "durationMs">) => {
      if (done) return;
      done = true;
      deadline.clear();
      socket.destroy();
      resolve({ ...r, durationMs: took() });
    };
    deadline.onExpire((why) => finish({ handshake: false, trusted: false, failure: why === "timeout" ? "timeout" : "aborted" }));
    socket.once("secureConnect", () => {
      const cert = socket.getPeerCertificate();
      const authErr = socket.authorizationError;
      finish({
        handshake: true,
        trusted: socket.authorized,
        authorizationError: authErr ? String((authErr as unknown as { code?: string }).code ?? authErr) : undefined,
        issuer: cert?.issuer ? formatName(cert.issuer) : undefined,
        subject: cert?.subject ? formatName(cert.subject) : undefined,
        validTo: cert?.valid_to,
        protocol: socket.getProtocol() ?? undefined,
      });
    });
    socket.once("error", (e: NodeJS.ErrnoException) =>
      finish({
        handshake: false,
        trusted: false,
        failure: e.code === "ECONNRESET" || e.code === "EPIPE" ? "reset" : "other",
        errorCode: e.code ?? e.message,
      }),
    );
  });
}

function formatName(n: tls.Certificate): string {
  return Object.entries(n)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("+") : v}`)
    .join(", ");
}
