/** The whole stylesheet: small, hand-written, served as a file so the CSP can forbid inline styles. */
export const STYLESHEET = `
:root { --ink: #1d2430; --muted: #56606e; --line: #d9dee5; --accent: #1f5f99; --bar: #2f7bbf; --bg: #fbfcfd; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--bg); }
header.top { background: #fff; border-bottom: 1px solid var(--line); padding: .75rem 1rem; }
header.top > a { color: var(--ink); font-weight: 700; text-decoration: none; font-size: 1.1rem; }
header.top { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem; }
nav.account { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem; }
nav.account form { margin: 0; }
button.link { background: none; border: 0; color: var(--accent); text-decoration: underline; padding: 0; min-height: 0; }
form.narrow { max-width: 26rem; }
form.narrow label { display: block; font-weight: 600; margin-top: .75rem; }
input[type="email"], input[type="password"], input[type="number"], input[type="url"], select { width: 100%; font: inherit; padding: .5rem; border: 1px solid #6b7480; border-radius: 6px; background: #fff; color: var(--ink); }
.field { margin-top: .75rem; }
.field > label { display: block; font-weight: 600; }
nav.sections { display: flex; flex-wrap: wrap; gap: .25rem .9rem; flex: 1 1 auto; margin-left: 1rem; }
nav.sections a { text-decoration: none; padding: .2rem 0; }
nav.sections a[aria-current="page"] { font-weight: 700; border-bottom: 3px solid var(--accent); color: var(--ink); }
a.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; z-index: 2; }
a.skip:focus { left: .5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
a.button { display: inline-block; font: inherit; padding: .6rem 1.1rem; border-radius: 6px; border: 1px solid #56606e; background: #fff; color: var(--ink); text-decoration: none; min-height: 44px; }
a.button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
form.inline { display: inline-flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 0; }
form.inline input[type="text"] { width: auto; flex: 1 1 10rem; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .6rem; font-size: .85rem; border: 1px solid var(--line); background: #fff; }
.badge-open { background: #e3f4e8; border-color: #8cc9a0; color: #17522b; }
.badge-closed { background: #eef0f3; color: #3d4550; }
.badge-draft { background: #fff8e1; border-color: #f2d27a; color: #5c4500; }
.two { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
.two .card { margin: 0; }
code.link { word-break: break-all; }
ul.answers { list-style: none; padding: 0; margin: 0; }
ul.answers li { border-bottom: 1px solid var(--line); padding: .5rem 0; }
ul.answers li p { margin: .2rem 0; }
.small { font-size: .85rem; }
.tag { display: inline-block; font-size: .8rem; border: 1px solid var(--line); border-radius: 4px; padding: 0 .4rem; margin-right: .3rem; background: #f6f7f9; }
mark.m-sign { background: #ffe3e0; border-bottom-color: #b3261e; }
.empty { color: var(--muted); }
.card.empty { color: var(--ink); }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
p.lead, .muted { color: var(--muted); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #f2b200; outline-offset: 2px; }
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
body.respondent main { max-width: 40rem; }
.question { border: 0; margin: 0 0 1.25rem; padding: 0; }
.question legend, .question > label { font-weight: 600; margin-bottom: .35rem; display: block; }
.choice { display: flex; align-items: center; gap: .6rem; padding: .35rem 0; }
.choice input { width: 1.35rem; height: 1.35rem; margin: 0; flex: none; }
input[type="text"], textarea { width: 100%; font: inherit; padding: .5rem; border: 1px solid #6b7480; border-radius: 6px; }
.hint { color: var(--muted); margin: .1rem 0 .4rem; }
.field-error { color: #b3261e; font-weight: 600; margin: .2rem 0; }
.has-error { border-left: 4px solid #b3261e; padding-left: .75rem; }
.error-summary { border: 2px solid #b3261e; border-radius: 8px; padding: .5rem 1rem; margin: 0 0 1rem; background: #fff; }
.error-summary h2 { margin: .25rem 0; font-size: 1.05rem; }
.buttons, form.consent { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: 1rem; }
button { font: inherit; padding: .6rem 1.1rem; border-radius: 6px; border: 1px solid #56606e; background: #fff; color: var(--ink); cursor: pointer; min-height: 44px; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
.progress { margin: .5rem 0 1rem; }
.progress progress { width: 100%; height: .6rem; }
dl dt { font-weight: 600; margin-top: .6rem; }
dl dd { margin: 0; }
.marked { white-space: pre-wrap; line-height: 1.9; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .75rem; }
mark { background: #fff3bf; color: var(--ink); border-bottom: 2px solid #e0a800; padding: 0 .1rem; }
mark.m-blame, mark.m-fear { background: #ffe3e0; border-bottom-color: #b3261e; }
mark.m-passive, mark.m-no_reason { background: #e7f0fb; border-bottom-color: var(--accent); }
mark.m-jargon { background: #fff3bf; border-bottom-color: #e0a800; font-weight: 600; }
[hidden] { display: none !important; }
@media (max-width: 40rem) { td.ci, th.ci { display: none; } main { padding: .75rem; } }
`;
