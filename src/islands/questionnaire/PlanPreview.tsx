/**
 * The plan's preview, shown a piece per task: the cover and contents first, then one section at a time, so the page
 * answers taps while a long plan is drawn. It is busy (`aria-busy="true"`) until the last piece is in; printing
 * first draws the rest at once, so paper always has the whole plan. Each piece passes the Trusted Types policy here.
 */
import { useEffect, useRef } from 'preact/hooks';
import { documentHtml } from '../../security/trusted-types.ts';

/** The article's pieces from the engine (plan-output.ts's previewParts): the article, then sections for inside it. */
export function PlanPreview({ parts }: { parts: readonly string[] }) {
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = region.current;
    if (!element) return;
    let next = 1;
    let timer: ReturnType<typeof setTimeout> | undefined;
    element.setAttribute('aria-busy', 'true');
    element.innerHTML = documentHtml(parts[0] ?? '');
    const article = element.firstElementChild ?? element;
    const append = () => article.insertAdjacentHTML('beforeend', documentHtml(parts[next++]!));
    const finish = () => {
      while (next < parts.length) append();
      element.setAttribute('aria-busy', 'false');
      removeEventListener('beforeprint', finish);
    };
    const step = () => {
      if (next >= parts.length) return finish();
      append();
      timer = setTimeout(step);
    };
    addEventListener('beforeprint', finish);
    timer = setTimeout(step);
    return () => {
      clearTimeout(timer);
      removeEventListener('beforeprint', finish);
    };
  }, [parts]);

  // Focusable so a keyboard can scroll a wide table on a narrow screen.
  return <div ref={region} class="plan-document" role="region" aria-label="Incident response plan" tabIndex={0} />;
}
