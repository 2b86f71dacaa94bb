import { isIPv6 } from "node:net";

/**
 * The key a client's failed look-ups are counted under. An IPv4 address counts alone; an
 * IPv6 address by its /64 network, because one subscriber usually holds a whole /64 and
 * could otherwise take a fresh address for every guess. IPv4 written as IPv6
 * (::ffff:192.0.2.1) counts as the IPv4 address it is.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("%")[0]?.split("::") ?? [];
  const left = head === "" ? [] : head.split(":");
  const right = tail === "" ? [] : tail.split(":");
  // An embedded IPv4 tail (::1.2.3.4) stands for two groups; only the first four matter.
  const width = right.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const groups = address.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - width)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
