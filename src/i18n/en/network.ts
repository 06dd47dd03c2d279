export const network = {
  "network.dns.title": "The portal's name resolves (DNS)",
  "network.tcp.title": "The portal can be reached (port {port})",
  "network.tls.title": "The secure connection to the portal is not intercepted (TLS)",

  "network.dns.ok": "The address of {host} was found.",
  "network.noInternet": "This computer is not connected to any network.",
  "network.dns.DNS_NOT_FOUND": "The name {host} could not be found: the name service (DNS) says there is no such name.",
  "network.dns.DNS_NO_ANSWER": "The address of {host} could not be found: the internet connection or the DNS settings do not work.",
  "network.dns.DNS_TIMEOUT": "No DNS answer for {host} within {duration}: the internet connection does not work or DNS is blocked.",
  "network.dns.DNS_FAILED": "Looking up {host} failed.",

  "network.tcp.ok": "Connected to {host} ({duration}).",
  "network.tcp.TCP_REFUSED": "The connection to {host} was refused: a firewall or the network blocks it, or the portal is down.",
  "network.tcp.TCP_TIMEOUT":
    "No answer from {host} within {duration}: the connection is blocked (firewall, network filter) or the internet does not work.",
  "network.tcp.TCP_UNREACHABLE": "{host} cannot be reached from this network: there is no working internet connection.",
  "network.tcp.TCP_FAILED": "Connecting to {host} failed.",

  "network.tls.ok": "Secure connection to {host}; its certificate is issued by a public authority ({issuer}).",
  "network.tls.timeout": "The secure connection to {host} did not complete within {duration}.",
  "network.tls.failed": "The secure connection to {host} was broken off: something on the way blocks it.",
  "network.tls.clock":
    "The portal's certificate looks expired or not yet valid (valid until {validTo}; this computer's time is {now}): the computer's date or time is wrong.",
  "network.tls.nameMismatch":
    "The certificate {host} presented is for another name ({subject}): the connection is redirected (a proxy, a hotel/Wi-Fi login page, or security software).",
  "network.tls.intercepted":
    'The connection to {host} is intercepted: its certificate is issued by "{issuer}", which is not a public certification authority. Usually an antivirus "HTTPS scanning" feature or a company proxy does this, and it can break the E-İmza login.',

  "network.remedy.connect": "Connect the computer to the internet (cable or Wi-Fi) and run the check again.",
  "network.remedy.router": "Restart the modem/router; if it still does not work, call your internet provider.",
  "network.remedy.otherSite":
    "Open another site (for example google.com) in the browser: if it does not open either, the internet connection is the problem.",
  "network.remedy.dnsServer":
    "If other sites open but www.e-gov.az does not, ask the IT helper who looks after your computer to check its DNS settings.",
  "network.remedy.firewall": 'Check that no firewall, parental control or "network protection" program blocks www.e-gov.az; allow it.',
  "network.remedy.otherNetwork": "Try another network (for example your phone's hotspot) to see whether the problem is the network.",
  "network.remedy.hotline": "If www.e-gov.az cannot be reached from any network, call 108.",
  "network.remedy.antivirus":
    'Turn off the antivirus\'s "HTTPS scanning" / "encrypted connections scanning" / "web protection" for www.e-gov.az (or add it to the exceptions), then restart the browser.',
  "network.remedy.proxy": "If the computer is at work or school, a proxy may read the traffic: use a home network for the sale day.",
  "network.remedy.clock":
    'Set the computer\'s date, time and time zone (Baku, UTC+4) correctly, preferably "set automatically", then restart the browser.',

  "network.explain.DNS_OK": "The portal's name resolved to an address.",
  "network.explain.NO_INTERNET": "The computer is not connected to any network.",
  "network.explain.DNS_NOT_FOUND": "The DNS server said the portal's name does not exist; the DNS settings are wrong or tampered with.",
  "network.explain.DNS_NO_ANSWER": "The DNS server refused or failed to answer; the internet connection or DNS settings do not work.",
  "network.explain.DNS_TIMEOUT": "No DNS answer came in time; the internet does not work or DNS is blocked.",
  "network.explain.DNS_FAILED": "Looking up the portal's name failed for another reason.",
  "network.explain.TCP_OK": "A connection to the portal's HTTPS port opened.",
  "network.explain.TCP_REFUSED": "The connection to the portal was refused: blocked by a firewall or the network, or the portal is down.",
  "network.explain.TCP_TIMEOUT": "The portal did not answer in time: the connection is blocked or the internet does not work.",
  "network.explain.TCP_UNREACHABLE": "The portal cannot be reached from this network: no working internet connection.",
  "network.explain.TCP_FAILED": "Connecting to the portal failed for another reason.",
  "network.explain.TLS_OK": "The secure connection to the portal works and is not intercepted.",
  "network.explain.TLS_INTERCEPTED":
    "Something between this computer and the portal (antivirus HTTPS scanning, a proxy) replaces the portal's certificate; this can break the E-İmza login.",
  "network.explain.TLS_NAME_MISMATCH": "The certificate received is for another name: the connection is redirected.",
  "network.explain.TLS_CLOCK": "The portal's certificate seems expired or not yet valid because the computer's date or time is wrong.",
  "network.explain.TLS_TIMEOUT": "The secure connection did not complete in time.",
  "network.explain.TLS_FAILED": "The secure connection was broken off; something on the way blocks it.",
};
