import { describe, expect, it } from 'vitest';
import { absoluteLinks, isSiteUrl, relativeLinks, textLinks } from '../../src/components/exercises/render/site-links.ts';

describe('relativeLinks', () => {
  it('links to the path on the same site', () => {
    expect(relativeLinks('/plan/', 'Build your plan').value).toBe('<a href="/plan/">Build your plan</a>');
  });
});

describe('absoluteLinks', () => {
  it('joins the path to the site address, with or without a trailing slash or a base path', () => {
    expect(absoluteLinks('https://breachline.example')('/plan/', 'Build your plan').value).toBe('<a href="https://breachline.example/plan/">Build your plan</a>');
    expect(absoluteLinks('https://intranet.example/tools/breachline/')('/guide/respond-in-time/', 'Respond').value).toBe(
      '<a href="https://intranet.example/tools/breachline/guide/respond-in-time/">Respond</a>',
    );
    expect(absoluteLinks('https://intranet.example/tools/breachline')('/review/', 'Review').value).toBe(
      '<a href="https://intranet.example/tools/breachline/review/">Review</a>',
    );
  });

  it('escapes the link text', () => {
    expect(absoluteLinks('https://b.example/')('/plan/', '<b>x</b>').value).toBe('<a href="https://b.example/plan/">&lt;b&gt;x&lt;/b&gt;</a>');
  });
});

describe('textLinks', () => {
  it('prints the words and the page’s path, with no link', () => {
    expect(textLinks('/requirements/', 'notification requirements').value).toBe('notification requirements (Breachline site, page /requirements/)');
  });
});

describe('isSiteUrl', () => {
  it.each(['https://breachline.example/', 'http://intranet/breachline'])('accepts %s', (url) => expect(isSiteUrl(url)).toBe(true));
  it.each(['breachline.example', 'javascript:alert(1)', 'file:///tmp/', 'https://u:p@b.example/', 'https://b.example/?q=1', ''])('refuses %s', (url) =>
    expect(isSiteUrl(url)).toBe(false),
  );
});
