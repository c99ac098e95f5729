// The print stylesheet of the HTML/PDF layout. Serif for the article (as it was published), sans
// for the apparatus around it; page breaks before each major section, and none right after a
// heading or inside a claim card or figure.
import { NEUTRAL_COLOR } from '../domain/claim-color';
import type { Paper } from './options';

export function layoutCss(paper: Paper, forPrint: boolean): string {
  return `
@page { size: ${paper === 'a4' ? 'A4' : 'letter'}; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: ${forPrint ? '0' : '2em auto'}; max-width: ${forPrint ? 'none' : '52em'}; font-family: 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; font-size: 10.5pt; line-height: 1.6; color: #1b1b1b; }
h1, h2, h3 { font-family: 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; font-weight: 700; line-height: 1.3; }
h2 { font-size: 15pt; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
section.major { break-before: page; }
/* Print: a heading stays with what follows it; a claim card, a figure or a screenshot comparison
   is not split across pages; no paragraph leaves fewer than two lines on either page. */
h1, h2, h3, .claim h3, .claim blockquote { break-after: avoid-page; }
p, blockquote, pre, dd, li { orphans: 2; widows: 2; }
figure, .shot, .claim { break-inside: avoid-page; }
.cover { padding-top: 18vh; }
.cover h1 { font-size: 24pt; margin: 0 0 0.2em; }
.cover .kind { font-size: 12pt; color: #666; letter-spacing: 0.2em; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 1.2em; margin-top: 2em; }
.facts dt { color: #666; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.text { font-family: 'Noto Serif SC', 'Noto Serif CJK SC', 'Songti SC', SimSun, serif; font-size: 11pt; line-height: 1.9; }
.text p, .text blockquote, .text pre { margin: 0 0 0.7em; white-space: pre-wrap; }
.text blockquote { border-left: 3px solid #ccc; padding-left: 1em; color: #333; }
.text .caption, .text .figure { color: #666; font-size: 9.5pt; }
.text .list-item { padding-left: 1.5em; }
mark { color: inherit; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
a.run { color: inherit; text-decoration: none; }
sup.no { font-family: 'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; font-size: 7pt; font-weight: 700; }
sup.no a { color: inherit; text-decoration: none; }
table.counts { border-collapse: collapse; margin: 0.5em 0 1.5em; }
table.counts td, table.counts th { padding: 0.2em 0.8em; border-bottom: 1px solid #eee; text-align: left; }
table.counts td.n { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; border: 2px solid transparent; margin-right: 0.4em; vertical-align: -0.05em; }
.rule { color: #555; font-size: 9pt; }
.claim { break-inside: avoid-page; border-left: 4px solid var(--c, ${NEUTRAL_COLOR}); padding: 0.2em 0 0.2em 0.8em; margin: 0 0 1.2em; }
.claim h3 { font-size: 11pt; margin: 0 0 0.3em; }
.claim blockquote { font-family: 'Noto Serif SC', 'Noto Serif CJK SC', 'Songti SC', SimSun, serif; margin: 0 0 0.4em; }
.claim dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 1em; margin: 0; font-size: 9.5pt; }
.claim dt { color: #666; }
.claim dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.claim ol.evidence { margin: 0; padding-left: 1.2em; }
.chip { display: inline-block; padding: 0 0.4em; border-radius: 3px; color: #fff; font-size: 8.5pt; margin-right: 0.3em; }
.unplaced { color: #a33; font-size: 9pt; }
.appendix h4 { font-size: 10.5pt; margin: 1.2em 0 0.4em; break-after: avoid-page; }
.appendix-list { margin: 0; padding-left: 1.6em; font-size: 9.5pt; }
.appendix-list li { margin-bottom: 0.3em; break-inside: avoid-page; }
.appendix-list .tag-name { color: #555; border: 1px solid #ccc; border-radius: 3px; padding: 0 0.3em; font-size: 8.5pt; }
.appendix-none { color: #666; font-size: 9.5pt; }
figure.comparison { break-inside: avoid-page; margin: 0 0 1.5em; }
.shots { display: flex; gap: 0.8em; align-items: flex-start; }
.shot { flex: 1; margin: 0; min-width: 0; }
.shot .frame { position: relative; }
.shot img { width: 100%; height: auto; display: block; border: 1px solid #ddd; }
.region { position: absolute; border: 2px solid #d62728; }
.region span { position: absolute; top: -0.1em; left: -0.1em; background: #d62728; color: #fff; font-size: 7pt; padding: 0 0.3em; }
a { color: #1f5fa8; }
`;
}
