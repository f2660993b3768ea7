import { BlockList, isIP } from "node:net";

/** Whether a socket address belongs to a proxy whose X-Forwarded-For entries we believe. */
export type TrustedProxies = (address: string) => boolean;

/** "::ffff:192.0.2.1" (IPv4 on a dual-stack socket) is 192.0.2.1; anything else as given. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function family(address: string): "ipv4" | "ipv6" | null {
  const version = isIP(address);
  return version === 4 ? "ipv4" : version === 6 ? "ipv6" : null;
}

/**
 * Parses TRUST_PROXY: a comma-separated list of IP addresses, CIDR ranges and `loopback`.
 * Empty or unset trusts nobody: the client address is then always the socket's own.
 */
export function parseTrustProxy(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  for (const entry of (setting ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [rawAddress, bits, extra] = entry.split("/");
    const address = normalizeAddress(rawAddress!);
    const type = family(address);
    if (!type || extra !== undefined) throw new Error(`TRUST_PROXY: "${entry}" is not an IP address, a CIDR range or "loopback"`);
    if (bits === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(bits);
    if (!/^\d{1,3}$/.test(bits) || prefix > (type === "ipv4" ? 32 : 128))
      throw new Error(`TRUST_PROXY: "${entry}" has an invalid prefix length`);
    list.addSubnet(address, prefix, type);
  }
  return (address) => {
    const normalized = normalizeAddress(address);
    const type = family(normalized);
    return type !== null && list.check(normalized, type);
  };
}

/**
 * The client's address: the socket's remote address, unless that is a trusted proxy; then
 * X-Forwarded-For is read from the right (each proxy appends the address it saw), skipping
 * trusted proxies, and the first address not trusted is the client. Entries left of it were
 * written by the client and may be forged, so they are never read.
 */
export function clientAddress(remoteAddress: string | undefined, forwardedFor: string | null | undefined, trusted: TrustedProxies): string {
  let address = normalizeAddress(remoteAddress ?? "");
  if (!family(address)) return "unknown";
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => normalizeAddress(hop.trim()))
    .filter(Boolean);
  while (trusted(address) && hops.length > 0) {
    const hop = hops.pop()!;
    // A trusted proxy only appends addresses; anything else means the chain is not worth following.
    if (!family(hop)) break;
    address = hop;
  }
  return address;
}
