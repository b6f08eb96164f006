/**
 * Check the review, download it (JSON to keep or share, finished or not; the two reports as Markdown or Word), print
 * the after-action report, and import a review file. A file that is not a good review changes nothing and says why.
 */
import { useState } from 'preact/hooks';
import type { DocumentModel } from '../../engine/document/model.ts';
import { renderMarkdown } from '../../engine/export/markdown.ts';
import type { ReviewDraft } from './draft.ts';
import type { ReviewParseResult } from '../../engine/review/parse.ts';
import { buildAfterActionReport, buildComplianceReport } from '../../engine/review/reports.ts';
import type { Review } from '../../engine/review/schema.ts';
import { downloadName } from '../../engine/export/file-name.ts';
import { downloadFile, readChosenFile } from '../shared/files.ts';
import { todayLocal } from '../shared/today.ts';
import { importReview } from './jobs.ts';
import { CHECK_FAILED, FilesNotice, type Notice } from './files-notice.tsx';
import { saveReviewFile } from './save-review-file.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const REPORTS = {
  'after-action': { name: 'after-action report', build: buildAfterActionReport },
  compliance: { name: 'compliance report', build: buildComplianceReport },
} as const;
type ReportKind = keyof typeof REPORTS;

/** The file name of a download, for the organization the review names. */
const fileName = (organization: string | undefined, what: string, extension: string) =>
  downloadName({ organization, what, date: todayLocal(), extension });

export function FilesPanel(props: {
  draft: ReviewDraft;
  /** The draft's check: the one the form already ran for this draft, if it did. */
  check: (draft: ReviewDraft) => Promise<ReviewParseResult>;
  requireReview: () => Promise<Review | null>;
  onImport: (draft: ReviewDraft) => void;
  ready: boolean;
  complete: boolean;
}) {
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  const report = async (kind: ReportKind): Promise<{ doc: DocumentModel; name: (extension: string) => string } | null> => {
    const review = await props.requireReview();
    if (!review) return null;
    return { doc: REPORTS[kind].build(review, { asOf: todayLocal() }), name: (extension) => fileName(review.organization, REPORTS[kind].name, extension) };
  };

  const markdown = async (kind: ReportKind) => {
    const made = await report(kind);
    if (!made) return;
    const name = made.name('md');
    downloadFile(name, renderMarkdown(made.doc), 'text/markdown;charset=utf-8');
    setNotice({ tone: 'ok', text: `Downloaded the ${REPORTS[kind].name} as ${name}.` });
  };

  const word = async (kind: ReportKind) => {
    const made = await report(kind);
    if (!made) return;
    setBusy(true);
    setNotice({ tone: 'ok', text: `Preparing the ${REPORTS[kind].name} as a Word file…` });
    try {
      const { renderDocx } = await import('../../engine/export/docx.ts');
      const name = made.name('docx');
      downloadFile(name, await renderDocx(made.doc), DOCX_TYPE);
      setNotice({ tone: 'ok', text: `Downloaded the ${REPORTS[kind].name} as ${name}.` });
    } catch {
      setNotice({ tone: 'problem', text: 'The Word file could not be made. Reload the page and try again, or download Markdown instead.' });
    } finally {
      setBusy(false);
    }
  };

  const json = async () => {
    const name = (what: string) => fileName(props.draft.organization, what, 'json');
    setNotice(await saveReviewFile(props.draft, props.check, name, (saved, text) => downloadFile(saved, text, 'application/json')));
  };

  const print = async () => {
    if (!(await props.requireReview())) return;
    setNotice(null);
    window.print();
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readChosenFile(file);
    if (!read.ok) {
      setNotice({ tone: 'problem', text: `${read.problem} Nothing in the form has changed.` });
      return;
    }
    const imported = await importReview(read.text);
    if (!imported.ok) {
      setNotice({ tone: 'problem', text: `${file.name} could not be imported. Nothing in the form has changed.`, problems: imported.problems.slice(0, 10) });
      return;
    }
    props.onImport(imported.draft);
    setNotice(
      imported.unfinished && imported.stillToAnswer.length > 0
        ? { tone: 'ok', text: `Imported ${file.name}: an unfinished review. Still to answer:`, problems: imported.stillToAnswer.slice(0, 10) }
        : { tone: 'ok', text: `Imported ${file.name}: the form now shows that review.` },
    );
  };

  /** Runs an action; one whose check could not run (the page did not finish loading) says so instead of failing silently. */
  const act = (action: () => Promise<void>) => () => {
    action().catch(() => setNotice({ tone: 'problem', text: CHECK_FAILED }));
  };

  return (
    <section class="files-panel" aria-labelledby="section-files">
      <h2 id="section-files">Check, download and print</h2>
      <p class="field-hint">
        {props.complete
          ? 'The review has every required answer.'
          : 'The reports and printing need the required answers: what you are reviewing, a title, the start date and the facilitator, and complete rows. The review file downloads at any time.'}
      </p>
      <p>
        <button type="submit" form="review-form">
          Check the review
        </button>
      </p>
      <h3>After-action report</h3>
      <div class="button-row">
        <button type="button" class="button-secondary" onClick={act(print)} disabled={!props.ready}>
          Print the after-action report
        </button>
        <button type="button" class="button-secondary" onClick={act(() => markdown('after-action'))} disabled={!props.ready}>
          Download the after-action report (Markdown)
        </button>
        <button type="button" class="button-secondary" onClick={act(() => word('after-action'))} disabled={!props.ready || busy}>
          Download the after-action report (Word)
        </button>
      </div>
      <h3>Internal and compliance report</h3>
      <div class="button-row">
        <button type="button" class="button-secondary" onClick={act(() => markdown('compliance'))} disabled={!props.ready}>
          Download the compliance report (Markdown)
        </button>
        <button type="button" class="button-secondary" onClick={act(() => word('compliance'))} disabled={!props.ready || busy}>
          Download the compliance report (Word)
        </button>
      </div>
      <h3>Review file</h3>
      <p class="field-hint">Keep the review in a file, finished or not, or continue it on another device. Importing a file replaces what is in the form.</p>
      <div class="button-row">
        <button type="button" class="button-secondary" onClick={act(json)} disabled={!props.ready}>
          Download the review file (JSON)
        </button>
      </div>
      <div class="field">
        <label class="field-label" for="review-import">
          Import a review file
        </label>
        <p class="field-hint" id="review-import-hint">
          A review file (.json) downloaded from this page, finished or not.
        </p>
        <input
          type="file"
          id="review-import"
          class="file-input"
          accept=".json,application/json"
          aria-describedby="review-import-hint"
          disabled={!props.ready}
          onChange={(event) => act(() => importFile(event.currentTarget))()}
        />
      </div>
      <FilesNotice notice={notice} />
    </section>
  );
}
