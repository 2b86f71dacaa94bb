import { isUtf8 } from "node:buffer";

/**
 * Checks a byte stream is UTF-8 and, when it is not, says where: a researcher with a file saved
 * as Windows-1252 by Excel needs the line to look at and the setting to change. The fast path is
 * Node's native isUtf8 per chunk; the byte-by-byte scan runs only to locate an error.
 */
export interface Utf8Problem {
  line: number;
  byte: number;
  kind: "utf16" | "spreadsheet" | "invalid";
}

export class Utf8Checker {
  private carry: Buffer = Buffer.alloc(0);
  private offset = 0;
  private newlines = 0;
  private first = true;

  /** Returns the complete UTF-8 part of the chunk, or the first problem. */
  push(chunk: Buffer): Buffer | Utf8Problem {
    let data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    if (this.first) {
      // Signatures need the first four bytes, which may arrive in several chunks.
      if (data.length < 4) {
        this.carry = Buffer.from(data);
        return Buffer.alloc(0);
      }
      const start = this.start(data);
      if (!Buffer.isBuffer(start)) return start;
      data = start;
    }
    const end = completeLength(data);
    const complete = data.subarray(0, end);
    this.carry = Buffer.from(data.subarray(end));
    if (!isUtf8(complete)) return this.locate(complete);
    this.newlines += countNewlines(complete);
    this.offset += complete.length;
    return complete;
  }

  /** Call at the end: returns what is left, or a problem such as a character cut off by the end. */
  end(): Buffer | Utf8Problem {
    if (this.first && this.carry.length > 0) {
      const start = this.start(this.carry);
      if (!Buffer.isBuffer(start)) return start;
      this.carry = Buffer.from(start);
    }
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    if (rest.length === 0) return rest;
    if (!isUtf8(rest)) return this.locate(rest);
    return rest;
  }

  private start(data: Buffer): Buffer | Utf8Problem {
    this.first = false;
    if (looksLikeUtf16(data)) return { line: 1, byte: 0, kind: "utf16" };
    // .xlsx and .ods files are zip archives; .xls starts with the OLE2 signature.
    if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0xd0, 0xcf, 0x11, 0xe0])) {
      return { line: 1, byte: 0, kind: "spreadsheet" };
    }
    if (startsWith(data, [0xef, 0xbb, 0xbf])) {
      this.offset += 3;
      return data.subarray(3);
    }
    return data;
  }

  private locate(data: Buffer): Utf8Problem {
    const bad = firstInvalidByte(data);
    return {
      line: this.newlines + countNewlines(data.subarray(0, bad)) + 1,
      byte: this.offset + bad,
      kind: "invalid",
    };
  }
}

function startsWith(data: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => data[i] === b);
}

function looksLikeUtf16(data: Buffer): boolean {
  if (
    data.length >= 2 &&
    ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))
  ) {
    return true;
  }
  // UTF-16 without a byte-order mark: every other byte of ASCII text is zero.
  const sample = data.subarray(0, 512);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  return sample.length >= 8 && zeros > sample.length / 4;
}

function countNewlines(data: Buffer): number {
  let count = 0;
  let at = data.indexOf(10);
  while (at !== -1) {
    count++;
    at = data.indexOf(10, at + 1);
  }
  return count;
}

/** Length of the prefix that does not end inside a multi-byte sequence. */
function completeLength(data: Buffer): number {
  const n = data.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const byte = data[n - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? n - back : n;
  }
  return n;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates). */
export function firstInvalidByte(data: Buffer): number {
  let i = 0;
  while (i < data.length) {
    const b = data[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) [need, lo] = [2, 0xa0];
    else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) need = 2;
    else if (b === 0xed) [need, hi] = [2, 0x9f];
    else if (b === 0xf0) [need, lo] = [3, 0x90];
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else if (b === 0xf4) [need, hi] = [3, 0x8f];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = data[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return data.length;
}
