/**
 * The words the questionnaire shows for the choices that have no label in vocabulary.ts: one source for the form's
 * options and for the messages that name a choice (field-choices.ts). No zod here: the form loads this at once.
 */
import { US_JURISDICTIONS, type DataHolding } from '../vocabulary.ts';
import { countWords } from '../words.ts';
import type { NoticeStatus } from './schema.ts';

/** An ORGANIZATION_SIZES value in words: "500-to-4999" gives "500 to 4,999 people". */
export function sizeLabel(value: string): string {
  const words = value
    .split('-')
    .map((word) => (/^\d+$/.test(word) ? countWords(Number(word)) : word))
    .join(' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} people`;
}

export const HOLDING_LABELS: Record<DataHolding, string> = {
  itself: 'Our own: we own or license the data',
  clients: 'Our clients’: we keep or process it for them, as a business associate or vendor',
  both: 'Both our own and our clients’',
};

export const GDPR_ROLE_LABELS: Record<'controller' | 'processor', string> = {
  controller: 'Controller: we decide why and how the data is used',
  processor: 'Processor: we handle it on behalf of another organization',
};

export const DELAY_KIND_LABELS: Record<'none' | 'written' | 'oral', string> = {
  none: 'No',
  written: 'Yes, in writing',
  oral: 'Yes, orally (in person or by phone)',
};

export const AGENCY_JURISDICTION_LABELS: Record<string, string> = { federal: 'Federal agency', ...US_JURISDICTIONS };

export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = { drafting: 'Drafting', sent: 'Sent', 'not-required': 'Not required' };
