/** The whole stylesheet: small, hand-written, served as a file so the CSP can forbid inline styles. */
export const STYLESHEET = `
:root { --ink: #1d2430; --muted: #56606e; --line: #d9dee5; --accent: #1f5f99; --bar: #2f7bbf; --bg: #fbfcfd; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
header.top { background: #fff; border-bottom: 1px solid var(--line); padding: .75rem 1rem; }
header.top a { color: var(--ink); font-weight: 700; text-decoration: none; font-size: 1.1rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
p.lead, .muted { color: var(--muted); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible { outline: 3px solid #f2b200; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: middle; }
caption { text-align: left; padding: 0 .5rem; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: .75rem 0; }
nav.breakdown { display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 0; }
nav.breakdown a { border: 1px solid var(--line); border-radius: 999px; padding: .2rem .75rem; text-decoration: none; background: #fff; }
nav.breakdown a[aria-current="page"] { background: var(--accent); color: #fff; border-color: var(--accent); }
.hidden-group { color: var(--muted); font-style: italic; }
svg.bar { display: block; width: 100%; max-width: 16rem; height: 14px; }
svg.bar .fill { fill: var(--bar); }
svg.bar .track { fill: #e9edf2; }
svg.bar .ci { stroke: var(--ink); stroke-width: 1.5; }
.notice { background: #fff8e1; border: 1px solid #f2d27a; border-radius: 8px; padding: .5rem .75rem; }
@media (max-width: 40rem) { td.ci, th.ci { display: none; } main { padding: .75rem; } }
`;
