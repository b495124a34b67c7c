// @vitest-environment happy-dom
// The region rules on hand-made pages; the fixture pages check them in real browsers.
import { afterEach, describe, expect, it } from 'vitest';
import { createPageRegions } from '../../../src/content/page-regions.ts';

afterEach(() => void (document.body.innerHTML = ''));

/** The role of the text of the element with this id. */
function roleOf(html: string, id: string) {
  document.body.innerHTML = html;
  const element = document.getElementById(id)!;
  const nodes = [...element.childNodes].filter((node): node is Text => node.nodeType === Node.TEXT_NODE);
  return createPageRegions(document).of(nodes).role;
}

describe('page regions', () => {
  it('reads the article text as main text, its headline and byline as such', () => {
    const page = '<main><article><header><p class="kicker" id="k">Russia</p><h1 id="h">Putin</h1><p class="c-byline" id="b">By A, Moscow</p></header><p id="p">Putin met Witkoff.</p></article></main>';
    expect(roleOf(page, 'p')).toBe('main');
    expect(roleOf(page, 'h')).toBe('heading');
    expect(roleOf(page, 'k')).toBe('heading');
    expect(roleOf(page, 'b')).toBe('byline');
  });

  it.each([
    ['a navigation menu', '<nav><ul><li id="x">US</li></ul></nav><main><p>Text</p></main>'],
    ['a menu by role', '<div role="menubar"><span id="x">US edition</span></div>'],
    ["the site's header", '<header><p id="x">Washington bureau</p></header><article><p>Text</p></article><article><p>More</p></article>'],
    ["the site's footer", '<article><p>Text</p></article><article><p>More</p></article><footer><p id="x">Moscow office</p></footer>'],
    ['a sidebar', '<div><aside><p id="x">Trump says</p></aside><article><p>Text</p></article><article><p>More</p></article></div>'],
    ['breadcrumbs', '<main><ol class="breadcrumbs"><li id="x">Europe</li></ol></main>'],
    ['comments', '<main><article><p>Text</p></article><section id="comments"><p id="x">Trump!</p></section></main>'],
    ['a list item that is a link', '<main><ul><li id="x"><a href="#">Putin warns Europe</a> (3h)</li></ul></main>'],
    ['a teaser with its own heading', '<main><ol><li><h3>Teaser</h3><p id="x">Trump said more about it.</p></li></ol></main>'],
    ['a block that is all link', '<main><p><a href="#"><span id="x">Read more: Putin</span></a></p></main>'],
    ['text outside the main landmark', '<div><p id="x">Most read: Trump</p></div><main><p>Text</p></main>'],
    ['text outside the one article', '<div><p id="x">Promoted: Trump</p></div><article><p>Text</p></article>'],
  ])('never marks %s', (_what, page) => expect(roleOf(page, 'x')).toBe('chrome'));

  it.each([
    ['an article header', '<article><header><p id="x">Standfirst: Putin</p></header><p>Text</p></article>'],
    ['a paragraph with a link in it', '<main><p id="x"><a href="#">Macron</a>, who met Zelensky</p></main>'],
    ['a list of sentences', '<main><ul><li id="x">Ukraine wants guarantees</li></ul></main>'],
    ['a fact box inside the article', '<article><aside><p id="x">Pokrovsk: a rail hub</p></aside><p>Text</p></article>'],
    ['a headline outside the only article', '<div><h1 id="x">Putin</h1></div><article><p>Text</p></article>'],
    ['a page class that only mentions comments', '<div class="post comments-open"><p id="x">Text</p></div>'],
  ])('keeps %s', (_what, page) => expect(roleOf(page, 'x')).not.toBe('chrome'));

  it('gives each article of a live blog its own scope, and the page none', () => {
    document.body.innerHTML = '<main><p id="intro">Intro</p><article id="a"><p id="one">One</p></article><article id="b"><p id="two">Two</p></article></main>';
    const regions = createPageRegions(document);
    const scopeOf = (id: string) => regions.of([document.getElementById(id)!.firstChild as Text]).scope;
    expect(scopeOf('intro')).toBeNull();
    expect(scopeOf('one')).toBe(document.getElementById('a'));
    expect(scopeOf('two')).toBe(document.getElementById('b'));
  });
});
