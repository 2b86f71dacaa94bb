/**
 * A signed-in browser for route tests: GET with the session cookie, and form posts as a
 * browser sends them from the app's own origin (CSRF checks look at Origin).
 */

/** What the tests need of the app: Hono's in-process request. */
interface Requestable {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

export type FormFields = Record<string, string> | [string, string][] | URLSearchParams | FormData;

export interface WebClient {
  get(path: string, who?: string): Promise<Response>;
  /** `origin: false` leaves the Origin header out, as a cross-site form or a script would. */
  post(path: string, fields?: FormFields, who?: string, origin?: boolean): Promise<Response>;
}

/**
 * Takes getters because test files assign the app and the cookie in `before()`, after the
 * client is made.
 */
export function webClient(app: () => Requestable, cookie: () => string): WebClient {
  return {
    get: async (path, who = cookie()) => app().request(path, { headers: { cookie: who } }),
    post: async (path, fields = {}, who = cookie(), origin = true) => {
      const form = fields instanceof FormData;
      return app().request(path, {
        method: "POST",
        body: form ? fields : new URLSearchParams(fields),
        headers: {
          cookie: who,
          // FormData sets its own multipart type, with the boundary.
          ...(form ? {} : { "content-type": "application/x-www-form-urlencoded" }),
          ...(origin ? { origin: "http://localhost" } : {}),
        },
      });
    },
  };
}

/** Where a redirect points ("" when the response is not one). */
export const redirectedTo = (res: Response): string => res.headers.get("location") ?? "";
