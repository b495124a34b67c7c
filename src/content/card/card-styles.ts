// Lives in the card's shadow root. `!important` on :host because page rules that match the host
// element itself (`html > *`, `[class] *`...) otherwise beat a normal :host declaration.
export const cardStyles = `
:host {
  all: initial !important;
  /* Shown as a popover in the top layer: its UA styles (inset, margin, border, size) are undone here. */
  position: fixed !important; inset: 0 auto auto 0 !important; display: block !important;
  width: 0 !important; height: 0 !important; overflow: visible !important;
}

.box { position: fixed; left: 0; top: 0; z-index: 2147483647; }

.card {
  --fg: #1c1e21; --bg: #fff; --muted: #5f6670; --line: #d9dde3; --focus: #1a5fd0; --accent: #5f6670;
  color-scheme: light dark;
  box-sizing: border-box;
  /* Header and footer stay put; only the body between them scrolls, when it must. */
  display: flex; flex-direction: column;
  width: max-content;
  max-width: min(360px, calc(100vw - 16px));
  max-height: min(320px, var(--card-max-height, calc(100vh - 16px)));
  overflow: hidden;
  padding: 6px 14px 8px;
  border: 1px solid var(--line);
  border-top: 4px solid var(--accent);
  border-radius: 10px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 8px 24px rgb(0 0 0 / 0.18), 0 1px 3px rgb(0 0 0 / 0.12);
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  text-align: start;
  overflow-wrap: break-word;
}
/* The host sets data-theme from the reader's choice (card-theme.ts). */
.box[data-theme='light'] .card { color-scheme: light; }
.box[data-theme='dark'] .card {
  color-scheme: dark;
  --fg: #e8eaed; --bg: #1f2124; --muted: #a0a6ae; --line: #3a3d42; --focus: #8fb8e8;
  box-shadow: 0 8px 24px rgb(0 0 0 / 0.5), 0 1px 3px rgb(0 0 0 / 0.4);
}
.kind-person { --accent: #c7591a; }
.kind-place { --accent: #1f7a4d; }
.kind-organisation { --accent: #3b5bdb; }
.kind-document, .kind-event { --accent: #8a3ffc; }

.card *, .card *::before { box-sizing: border-box; }
.card :focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }

.head { display: flex; align-items: baseline; gap: 8px; }
.name { margin: 0; font-size: 16px; font-weight: 650; line-height: 1.3; }
.kind { display: inline-flex; align-items: center; gap: 4px; font-size: 11px; color: var(--muted); white-space: nowrap; }
.kind::before { content: ''; width: 8px; height: 8px; border-radius: 50%; background: var(--accent); }
.close {
  margin-inline-start: auto; align-self: flex-start; flex: none;
  width: 24px; height: 24px; padding: 0; border: 0; border-radius: 6px;
  background: transparent; color: var(--muted); font: inherit; font-size: 20px; line-height: 1; cursor: pointer;
}
.close:hover { background: var(--line); color: var(--fg); }

p, ul, h3 { margin: 0; }
.head, .foot, .status { flex: none; }
.body { flex: 0 1 auto; min-height: 0; overflow-y: auto; overscroll-behavior: contain; }
.summary, .status { margin-top: 2px; line-height: 1.4; }
.status { color: var(--muted); }
ul { padding-inline-start: 16px; }
li + li { margin-top: 2px; }
.facts, .story, .claims, .statements, .note, .age, .language, .also-in { margin-top: 6px; }
.story > .claims { margin-top: 2px; }
.facts, .statements { font-size: 13px; line-height: 1.4; }
.claims, .note, .age, .language, .also-in, .more { font-size: 12px; line-height: 1.35; }
.claims ul { padding: 0; list-style: none; }
.age, .language, .also-in, .more, .date { color: var(--muted); }
h3 { font-size: 12px; font-weight: 600; line-height: 1.35; color: var(--muted); }
/* One line each: a long story title gives way to its date. white-space: pre: the spaces where the message is split into
   flex items stay (collapsible ones would go at each item's edge: "title· date"). */
h3, .also-in { display: flex; white-space: pre; }
.title { overflow: hidden; text-overflow: ellipsis; min-width: 0; }
.when { flex: none; }
.claimant { font-weight: 600; }

.foot { display: flex; align-items: center; gap: 8px; margin-top: 6px; padding-top: 6px; border-top: 1px solid var(--line); }
.as-of { font-size: 12px; color: var(--muted); }
.open-full {
  margin-inline-start: auto; flex: none; padding: 2px 10px;
  border: 1px solid var(--line); border-radius: 6px; background: transparent;
  color: var(--fg); font: inherit; font-size: 13px; cursor: pointer;
}
.open-full:hover { border-color: var(--accent); }

@media (forced-colors: active) {
  .card { border-top-width: 1px; }
  .kind::before { forced-color-adjust: none; }
}
`;
