import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { capNesting } from './cap-nesting';
import { parseDocument, parseFragment, type DomNode } from './dom';

/** The deepest element nesting of a parsed page, walked without recursion. */
function depthOf(root: DomNode): number {
  let deepest = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return deepest;
}

const bodyText = (html: string) => parseFragment(html).node.textContent;

describe('capping how deeply a page nests before it is parsed', () => {
  it('leaves an ordinary page as the parser would read it', () => {
    const page =
      '<!doctype html><html><head><title>标题 &amp; 副标题</title><script>if (a < b && c > d) x("</p>");</script></head>' +
      '<body><p>第一段<p>第二段 <a href="https://a.cn/?q=1&amp;r=2" title=\'he said "hi" > bye\'>来源</a>' +
      '<ul><li>一<li>二</ul><img src="x.png" alt="图"/><br/><!-- 注释 <div> --></body></html>';
    const capped = capNesting(page);
    expect(capped.flattened).toBe(false);
    const before = parseHTML(page).document;
    const after = parseDocument(capped.html).node;
    expect(after.body?.textContent).toBe(before.body?.textContent);
    expect(after.querySelectorAll('p')).toHaveLength(2);
    expect(after.querySelectorAll('li')).toHaveLength(2);
    expect(after.querySelector('a')?.getAttribute('title')).toBe('he said "hi" > bye');
    expect(after.querySelector('a')?.getAttribute('href')).toBe('https://a.cn/?q=1&r=2');
    expect(after.querySelector('script')?.textContent).toBe('if (a < b && c > d) x("</p>");');
    expect(after.querySelector('title')?.textContent).toBe('标题 & 副标题');
  });

  it('keeps the text of a page nested 100,000 deep and cuts its depth to the cap', () => {
    const depth = 100_000;
    const page = `<html><body>${'<div>'.repeat(depth)}<p>最深处的正文。</p>${'</div>'.repeat(depth)}<p>之后的段落。</p></body></html>`;
    const capped = capNesting(page, 64);
    expect(capped.flattened).toBe(true);
    const doc = parseDocument(capped.html).node;
    expect(depthOf(doc.documentElement)).toBeLessThanOrEqual(64);
    expect(doc.body?.textContent).toBe('最深处的正文。之后的段落。');
  });

  it('drops end tags of elements never opened, and closes what a page leaves open', () => {
    const capped = capNesting(`<p>${'<b>'.repeat(1000)}粗体${'</i>'.repeat(1000)}</span>`, 100);
    expect(capped.html).not.toContain('</i>');
    expect(capped.html).not.toContain('</span>');
    expect(capped.html.endsWith('</b></p>')).toBe(true);
    expect(bodyText(capped.html)).toBe('粗体');
  });

  it('turns block elements beyond the cap into line breaks, so their paragraphs stay apart', () => {
    const page = `${'<div>'.repeat(10)}<p>一</p><p>二</p>${'</div>'.repeat(10)}`;
    const { html } = capNesting(page, 4);
    expect(html).toContain('一<br>二');
  });

  it('reads a stray </br> as a line break and a stray </p> as an empty paragraph, as browsers do', () => {
    expect(capNesting('一</br>二</p>三').html).toBe('一<br>二<p></p>三');
  });

  it('reads a bare "<" in text as text', () => {
    expect(capNesting('<p>1 < 2 and 3 <4</p>').html).toBe('<p>1 &lt; 2 and 3 &lt;4</p>');
  });
});
