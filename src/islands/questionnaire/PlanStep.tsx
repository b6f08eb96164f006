/**
 * The plan: downloads, the notification timeline when there is an incident, and the preview. The preview is the
 * one place this page puts HTML into the DOM: it comes from the engine's renderer, which escapes every text.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Answers } from '../../engine/answers/schema.ts';
import { downloadFile } from '../shared/files.ts';
import type { PlanOutput } from './plan-output.ts';
import { TimelineView } from './TimelineView.tsx';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FILE = 'breachline-incident-response-plan';

type Output = typeof import('./plan-output.ts');
let outputModule: Promise<Output> | null = null;
/** The plan builder and exporters, fetched once, on first use. */
export function loadPlanOutput(): Promise<Output> {
  outputModule ??= import('./plan-output.ts');
  return outputModule;
}

export function PlanStep({ answers, today }: { answers: Answers; today: string }) {
  const [mod, setMod] = useState<Output | null>(null);
  const [output, setOutput] = useState<PlanOutput | null>(null);
  const [failed, setFailed] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'problem'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    loadPlanOutput().then(
      (loaded) => {
        if (!live) return;
        setMod(loaded);
        setOutput(loaded.planOutput(answers, today));
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [answers, today]);

  if (failed) return <p class="notice notice-problem">The plan could not be built: the page's code did not load. Reload the page to try again; your answers are kept.</p>;
  if (!mod || !output) return <p aria-busy="true">Building your plan…</p>;

  const done = (file: string) => setNotice({ tone: 'ok', text: `Downloaded ${file}.` });
  const markdown = () => {
    downloadFile(`${FILE}.md`, mod.renderMarkdown(output.doc), 'text/markdown;charset=utf-8');
    done(`${FILE}.md`);
  };
  const html = () => {
    downloadFile(`${FILE}.html`, mod.standaloneHtml(output.doc), 'text/html;charset=utf-8');
    done(`${FILE}.html`);
  };
  const calendar = () => {
    if (!output.timeline) return;
    const file = 'breachline-notification-deadlines.ics';
    downloadFile(file, mod.renderIcs(output.timeline, { organization: answers.organization.name, now: new Date().toISOString() }), 'text/calendar;charset=utf-8');
    done(file);
  };
  const json = () => {
    downloadFile('breachline-answers.json', mod.answersToJson(answers), 'application/json');
    done('breachline-answers.json');
  };
  const word = async () => {
    setBusy(true);
    setNotice({ tone: 'ok', text: 'Preparing the Word file…' });
    try {
      const { renderDocx } = await import('../../engine/export/docx.ts');
      downloadFile(`${FILE}.docx`, await renderDocx(output.doc), DOCX_TYPE);
      done(`${FILE}.docx`);
    } catch {
      setNotice({ tone: 'problem', text: 'The Word file could not be made. Reload the page and try again, or download Markdown instead.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p class="step-intro">
        Your plan is ready. Print it for the binder, and download the Word or Markdown file to edit. Review it with your team and counsel; it is
        rebuilt whenever you change an answer.
      </p>
      <section class="plan-files" aria-labelledby="plan-files-title">
        <h3 id="plan-files-title">Print or download</h3>
        <div class="button-row">
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button type="button" class="button-secondary" onClick={() => void word()} disabled={busy}>
            Download for Word (.docx)
          </button>
          <button type="button" class="button-secondary" onClick={markdown}>
            Download as Markdown (.md)
          </button>
          <button type="button" class="button-secondary" onClick={html}>
            Download as a web page (.html)
          </button>
          {output.timeline ? (
            <button type="button" class="button-secondary" onClick={calendar}>
              Download the deadlines for your calendar (.ics)
            </button>
          ) : null}
          <button type="button" class="button-secondary" onClick={json}>
            Download your answers (.json)
          </button>
        </div>
        <div class={notice?.tone === 'problem' ? 'notice notice-problem' : 'notice'} role="status" aria-live="polite">
          {notice ? <p>{notice.text}</p> : null}
        </div>
      </section>
      {output.timeline ? <TimelineView timeline={output.timeline} today={today} /> : null}
      <section class="plan-preview" aria-labelledby="plan-preview-title">
        <h3 id="plan-preview-title" class="plan-preview-title">
          Preview of the plan
        </h3>
        {/* Focusable so a keyboard can scroll a wide table on a narrow screen. */}
        <div class="plan-document" role="region" aria-label="Incident response plan" tabIndex={0} dangerouslySetInnerHTML={{ __html: output.html }} />
      </section>
    </>
  );
}
