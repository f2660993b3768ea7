import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress, parseTrustProxy } from "./trust-proxy.ts";

const nobody = parseTrustProxy(undefined);

describe("clientAddress", () => {
  it("is the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("192.0.2.1", undefined, nobody)).toBe("192.0.2.1");
    expect(clientAddress("192.0.2.1", "203.0.113.9", nobody)).toBe("192.0.2.1");
    expect(clientAddress("127.0.0.1", "203.0.113.9", nobody)).toBe("127.0.0.1");
    expect(clientAddress("2001:db8::5", "203.0.113.9", nobody)).toBe("2001:db8::5");
  });

  it("unwraps IPv4-mapped IPv6 socket addresses", () => {
    expect(clientAddress("::ffff:192.0.2.1", "203.0.113.9", nobody)).toBe("192.0.2.1");
    expect(normalizeAddress("::FFFF:10.0.0.1")).toBe("10.0.0.1");
    expect(normalizeAddress("::ffff:7b7b:7b7b")).toBe("::ffff:7b7b:7b7b");
  });

  it("reads the address a trusted proxy forwards", () => {
    const proxy = parseTrustProxy("10.0.0.1");
    expect(clientAddress("10.0.0.1", "203.0.113.9", proxy)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:10.0.0.1", "203.0.113.9", proxy)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "203.0.113.9", proxy)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.1", undefined, proxy)).toBe("10.0.0.1");
  });

  it("never reads what the client wrote to the left of the first untrusted hop", () => {
    const proxies = parseTrustProxy("10.0.0.0/8");
    // The client sent "X-Forwarded-For: 1.1.1.1, 10.0.0.7" itself; the edge proxy appended its peer.
    expect(clientAddress("10.0.0.1", "1.1.1.1, 10.0.0.7, 198.51.100.4", proxies)).toBe("198.51.100.4");
    // Two trusted proxies in a row are skipped.
    expect(clientAddress("10.0.0.1", "198.51.100.4, 10.1.2.3", proxies)).toBe("198.51.100.4");
    expect(clientAddress("10.0.0.1", "198.51.100.4,10.1.2.3 , 10.9.9.9", proxies)).toBe("198.51.100.4");
  });

  it("stops at garbage in the chain instead of taking it", () => {
    const proxy = parseTrustProxy("10.0.0.1");
    expect(clientAddress("10.0.0.1", "not-an-ip", proxy)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", "198.51.100.4, 203.0.113.9:443", proxy)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", ", ,", proxy)).toBe("10.0.0.1");
  });

  it("handles IPv6 proxies, clients and CIDR ranges", () => {
    const proxies = parseTrustProxy("2001:db8:1::/48, loopback");
    expect(clientAddress("2001:db8:1::7", "2001:db8:ffff::1", proxies)).toBe("2001:db8:ffff::1");
    expect(clientAddress("::1", "2001:db8:1::7, 192.0.2.8", proxies)).toBe("192.0.2.8");
    expect(clientAddress("127.0.0.1", "192.0.2.8", proxies)).toBe("192.0.2.8");
    expect(clientAddress("2001:db8:2::7", "192.0.2.8", proxies)).toBe("2001:db8:2::7");
  });

  it("says unknown without a usable socket address", () => {
    expect(clientAddress(undefined, "203.0.113.9", nobody)).toBe("unknown");
    expect(clientAddress("", "203.0.113.9", parseTrustProxy("loopback"))).toBe("unknown");
  });
});

describe("parseTrustProxy", () => {
  it("trusts nobody when unset or empty", () => {
    expect(parseTrustProxy("")("127.0.0.1")).toBe(false);
    expect(parseTrustProxy(" , ")("::1")).toBe(false);
  });

  it("understands addresses, CIDR ranges and loopback", () => {
    const trusted = parseTrustProxy("loopback, 192.0.2.0/24, 2001:db8::1");
    expect(["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1", "192.0.2.255", "2001:db8::1"].map(trusted)).toEqual(Array(6).fill(true));
    expect(["192.0.3.1", "2001:db8::2", "10.0.0.1", "garbage", ""].map(trusted)).toEqual(Array(5).fill(false));
  });

  it("refuses what it cannot understand", () => {
    expect(() => parseTrustProxy("proxy.example.nl")).toThrow(/not an IP address/);
    expect(() => parseTrustProxy("10.0.0.0/33")).toThrow(/prefix/);
    expect(() => parseTrustProxy("10.0.0.0/x")).toThrow(/prefix/);
    expect(() => parseTrustProxy("2001:db8::/129")).toThrow(/prefix/);
    expect(() => parseTrustProxy("10.0.0.0/8/8")).toThrow(/not an IP address/);
  });
});
