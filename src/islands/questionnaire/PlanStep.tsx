/**
 * The plan: downloads, the notification timeline when there is an incident, and the preview. The preview is the
 * one place this page puts HTML into the DOM (PlanPreview.tsx): it comes from the engine's renderer, which escapes
 * every text.
 * The engine's work runs in its worker (engine-jobs.ts); this component only shows what comes back.
 */
import { href } from '../../utils/site-path.ts';
import { useEffect, useState } from 'preact/hooks';
import type { Answers } from '../../engine/answers/schema.ts';
import type { DocumentModel } from '../../engine/document/model.ts';
import type { Timeline } from '../../engine/timeline/types.ts';
import { downloadFile } from '../shared/files.ts';
import { useNextTask } from '../shared/next-task.ts';
import { downloadName } from '../../engine/export/file-name.ts';
import { planFor, timelineFor, type BuiltPlan } from './engine-jobs.ts';
import { PlanPreview } from './PlanPreview.tsx';
import { BuildingPlan, PLAN_NOT_BUILT } from './PlanStepLoader.tsx';
import { TimelineView } from './TimelineView.tsx';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Files = typeof import('./plan-files.ts');
let filesModule: Promise<Files> | null = null;
/** The small exporters, fetched once. */
function loadFiles(): Promise<Files> {
  filesModule ??= import('./plan-files.ts');
  return filesModule;
}

export function PlanStep({ answers, today }: { answers: Answers; today: string }) {
  const [timeline, setTimeline] = useState<Timeline | null | undefined>(undefined);
  const [built, setBuilt] = useState<BuiltPlan | null>(null);
  const [failed, setFailed] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'problem'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // The timeline's lanes and notes a task after its table: drawn together they held a phone's main thread too long.
  const timelineDrawn = useNextTask(timeline) ? 'all' : 'table';

  // The engine's worker makes the timeline, then the plan: the deadlines show before the long document is ready.
  useEffect(() => {
    let live = true;
    setTimeline(undefined);
    setBuilt(null);
    void (async () => {
      const computed = await timelineFor(answers, today);
      if (!live) return;
      setTimeline(computed);
      const plan = await planFor(answers, today, computed);
      if (live) setBuilt(plan);
    })().catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [answers, today]);

  if (failed) return <p class="notice notice-problem">{PLAN_NOT_BUILT}</p>;
  if (timeline === undefined) return <BuildingPlan />;

  /** Runs a download with the exporters and the plan, once both are ready. */
  const withPlan = (make: (files: Files, doc: DocumentModel) => void) => async () => {
    try {
      const [files, plan] = await Promise.all([loadFiles(), built ?? planFor(answers, today, timeline)]);
      make(files, plan.doc);
    } catch {
      setNotice({ tone: 'problem', text: 'The file could not be made. Reload the page and try again.' });
    }
  };
  const done = (file: string) => setNotice({ tone: 'ok', text: `Downloaded ${file}.` });
  const fileName = (what: string, extension: string) => downloadName({ organization: answers.organization.name, what, date: today, extension });
  const planFile = (extension: string) => fileName('incident-response-plan', extension);
  const markdown = withPlan((files, doc) => {
    downloadFile(planFile('md'), files.renderMarkdown(doc), 'text/markdown;charset=utf-8');
    done(planFile('md'));
  });
  const html = withPlan((files, doc) => {
    downloadFile(planFile('html'), files.standaloneHtml(doc), 'text/html;charset=utf-8');
    done(planFile('html'));
  });
  const calendar = withPlan((files) => {
    if (!timeline) return;
    const file = fileName('notification-deadlines', 'ics');
    const incident = answers.incident;
    const ics = files.renderIcs(timeline, { organization: answers.organization.name, now: new Date().toISOString(), incidentId: incident?.id, sequence: incident?.calendarSequence });
    downloadFile(file, ics, 'text/calendar;charset=utf-8');
    done(file);
  });
  const json = withPlan((files) => {
    const file = fileName('answers', 'json');
    downloadFile(file, files.answersToJson(answers), 'application/json');
    done(file);
  });
  const word = async () => {
    setBusy(true);
    setNotice({ tone: 'ok', text: 'Preparing the Word file…' });
    try {
      const [{ renderDocx }, plan] = await Promise.all([import('../../engine/export/docx.ts'), built ?? planFor(answers, today, timeline)]);
      downloadFile(planFile('docx'), await renderDocx(plan.doc), DOCX_TYPE);
      done(planFile('docx'));
    } catch {
      setNotice({ tone: 'problem', text: 'The Word file could not be made. Reload the page and try again, or download Markdown instead.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {timeline ? (
        <p>
          <a href={href('/incident/')}>Open the incident view</a> to follow the deadlines, mark notices sent and keep a decision log.
        </p>
      ) : null}
      <section class="plan-files" aria-labelledby="plan-files-title">
        <h3 id="plan-files-title">Print or download</h3>
        <div class="button-row">
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button type="button" class="button-secondary" onClick={() => void word()} disabled={busy}>
            Download for Word (.docx)
          </button>
          <button type="button" class="button-secondary" onClick={() => void markdown()}>
            Download as Markdown (.md)
          </button>
          <button type="button" class="button-secondary" onClick={() => void html()}>
            Download as a web page (.html)
          </button>
          {timeline ? (
            <button type="button" class="button-secondary" onClick={() => void calendar()}>
              Download the deadlines for your calendar (.ics)
            </button>
          ) : null}
          <button type="button" class="button-secondary" onClick={() => void json()}>
            Download your answers (.json)
          </button>
        </div>
        <div class={notice?.tone === 'problem' ? 'notice notice-problem' : 'notice'} role="status" aria-live="polite">
          {notice ? <p>{notice.text}</p> : null}
        </div>
      </section>
      {timeline ? <TimelineView timeline={timeline} today={today} drawn={timelineDrawn} /> : null}
      <section class="plan-preview" aria-labelledby="plan-preview-title">
        <h3 id="plan-preview-title" class="plan-preview-title">
          Preview of the plan
        </h3>
        {built ? (
          <PlanPreview parts={built.parts} />
        ) : (
          <p aria-busy="true">Preparing the preview…</p>
        )}
      </section>
    </>
  );
}
