/**
 * A step of Astro's Markdown processor (Sätteri) for the guidance: Astro does not put its base path in front of the
 * root-relative links an author writes (`[plan](/plan/)`), so this step does, for links, images and sources.
 */
import type { AstroIntegration } from 'astro';
import { withBase } from '../utils/site-path.ts';

interface Element {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
}
interface Context {
  setProperty(node: Element, key: string, value: unknown): void;
}

const URL_PROPERTIES: Record<string, string> = { a: 'href', img: 'src', source: 'src' };

/** The hast plugin: every `a`, `img` and `source` whose address is root-relative gets `base` in front. */
export function baseLinksPlugin(base: string) {
  return {
    name: 'breachline-base-links',
    element: {
      filter: Object.keys(URL_PROPERTIES),
      visit(node: Element, ctx: Context): void {
        const property = URL_PROPERTIES[node.tagName];
        const value = property ? node.properties?.[property] : undefined;
        if (property && typeof value === 'string' && withBase(base, value) !== value) ctx.setProperty(node, property, withBase(base, value));
      },
    },
  };
}

/** Adds the plugin to the Markdown processor, which MDX uses too. */
export function baseLinks(base: string): AstroIntegration {
  return {
    name: 'breachline:base-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        if (base === '/') return;
        const processor = config.markdown.processor as { name: string; options: { hastPlugins: unknown[] } } | undefined;
        // Another processor would take other plugins: stop the build rather than ship links that break.
        if (processor?.name !== 'satteri') throw new Error(`Base links need the Sätteri Markdown processor, not ${processor?.name}.`);
        processor.options.hastPlugins.push(baseLinksPlugin(base));
      },
    },
  };
}
