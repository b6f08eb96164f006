/** The scenarios as the tests read them: every file in content/exercises, validated, with every version. */
import yaml from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { exerciseSchema, type Exercise } from '../../src/schemas/exercise.ts';
import { scenarioVersions, type ScenarioVersion } from '../../src/components/exercises/versions.ts';
import { splitTokens, tokenDefault } from '../../src/components/exercises/pack.ts';

export const scenarios: [string, Exercise][] = readdirSync('content/exercises')
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => [f.replace(/\.ya?ml$/, ''), exerciseSchema.parse(yaml.load(readFileSync(`content/exercises/${f}`, 'utf8')))]);

export const versions: ScenarioVersion[] = scenarios.flatMap(([id, exercise]) => scenarioVersions(id, exercise));

/** Scenario text as the blank pack prints it: tokens in their generic words. */
export const blankText = (text: string): string =>
  splitTokens(text)
    .map((piece) => ('token' in piece ? tokenDefault(piece.token, piece.sentenceStart) : piece.text))
    .join('');

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

/** The text of some HTML, tags removed and entities decoded, white space collapsed. */
export const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (e) => ENTITIES[e]!)
    .replace(/\s+/g, ' ');

/** The outer HTML of every element that opens with `<tag class="...name...`, for flat (non-nested) elements. */
export function elements(html: string, tag: string, className: string): string[] {
  const out: string[] = [];
  const open = new RegExp(`<${tag}\\b[^>]*class="[^"]*\\b${className}\\b[^"]*"[^>]*>`, 'g');
  for (const match of html.matchAll(open)) {
    let depth = 0;
    const re = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
    re.lastIndex = match.index;
    for (let m = re.exec(html); m; m = re.exec(html)) {
      depth += m[0] === `</${tag}>` ? -1 : 1;
      if (depth === 0) {
        out.push(html.slice(match.index, m.index + m[0].length));
        break;
      }
    }
  }
  return out;
}
