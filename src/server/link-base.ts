/**
 * Where invitation links point: RAPPORT_PUBLIC_URL behind a reverse proxy, otherwise the
 * address the analyst reached this page on, which respondents on the same network can reach too.
 */
export function linkBase(requestUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.RAPPORT_PUBLIC_URL || new URL(requestUrl).origin;
}
