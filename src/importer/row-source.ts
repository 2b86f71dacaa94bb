import type { Hash } from "node:crypto";
import { type CsvRow, readCsv } from "./csv-source.js";

/**
 * Where imported rows come from: a CSV file, or rows held in memory (the demo). Each read
 * starts from the beginning, because an import reads its input twice (check, then write);
 * the hash receives the raw input so a second import of the same data is noticed.
 */
export interface RowSource {
  read(hash: Hash, onProgress?: (done: number, total: number) => void): AsyncIterable<CsvRow>;
}

export function csvFileSource(path: string): RowSource {
  return {
    read: (hash, onProgress) =>
      readCsv(path, {
        onChunk: (chunk) => hash.update(chunk),
        ...(onProgress ? { onProgress } : {}),
      }),
  };
}

/** Rows as objects keyed by column name; the first row's keys make the header. */
export function memorySource(records: readonly Record<string, string>[]): RowSource {
  const header = Object.keys(records[0] ?? {});
  return {
    async *read(hash, onProgress) {
      hash.update(JSON.stringify(header));
      yield { line: 1, fields: header };
      let line = 1;
      for (const record of records) {
        line++;
        const fields = header.map((column) => record[column] ?? "");
        hash.update(JSON.stringify(fields));
        yield { line, fields };
        onProgress?.(line - 1, records.length);
      }
    },
  };
}
