/**
 * One respondent as the CSV import sees it: column name to cell text. Everything is a string
 * because that is what an uploaded file holds; an empty string means the question was skipped.
 */
export type DemoRow = Record<string, string>;
