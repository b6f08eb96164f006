/**
 * Text from the answers in a pack: each value in its own `<bdi>`, so a right-to-left override in a name cannot flip
 * the pack's words around it. Shared by the renderer and the tailoring island, which writes the same markup.
 */
import { withoutIsolateControls } from '../../../engine/document/user-text.ts';
import { html, type Html } from './html.ts';

/** One value, escaped and isolated. Its own isolate controls go: they could close the `<bdi>` out of turn. */
export const userValue = (text: string): Html => html`<bdi>${withoutIsolateControls(text)}</bdi>`;

/** Several values as a list ("Dana Ortiz, Sam Lee"), each isolated on its own. */
export const userValues = (texts: readonly string[]): Html => html`${texts.map((text, i) => html`${i ? ', ' : ''}${userValue(text)}`)}`;
