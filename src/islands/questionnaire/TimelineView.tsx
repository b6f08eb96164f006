/**
 * The notification timeline for the incident: the engine's obligations as a table and as a line from discovery to
 * the last deadline with today marked. Every mark has its meaning in words beside it; colour only repeats it.
 */
import type { Timeline } from '../../engine/timeline/types.ts';
import { scaleFor, timelineRows } from './timeline-rows.ts';
import { longDate } from '../../engine/dates/calendar.ts';
import { countWords } from '../../engine/words.ts';

/** `drawn: 'table'` draws the heading and the table only, for a page that draws the rest a task later. */
export function TimelineView({ timeline, today, drawn = 'all' }: { timeline: Timeline; today: string; drawn?: 'table' | 'all' }) {
  const rows = timelineRows(timeline);
  const discovered = timeline.discoveredOn;
  const dated = rows.filter((row) => row.limitDate !== null);
  const scale = discovered ? scaleFor(discovered, today, dated.flatMap((row) => [row.limitDate!, ...(row.targetDate ? [row.targetDate] : [])])) : null;
  const todayAt = scale ? scale.at(today) : 0;

  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">Notification timeline</h3>
      <p>
        {discovered ? `Discovered on ${longDate(discovered)}. ` : ''}Days left are counted from today, {longDate(today)}. The target is the date to plan
        for; the limit is the latest the law allows. Confirm each one with counsel.
      </p>
      {timeline.lawEnforcementDelay ? (
        <div class="callout callout-warning">
          <p>
            <strong>Law-enforcement delay: </strong>
            {timeline.lawEnforcementDelay.explanation}
          </p>
        </div>
      ) : null}
      <div class="table-scroll" role="region" aria-labelledby="timeline-table-caption" tabIndex={0}>
        <table class="timeline-table">
          <caption id="timeline-table-caption">Who to notify, and by when</caption>
          <thead>
            <tr>
              <th scope="col">Recipient</th>
              <th scope="col">Jurisdiction</th>
              <th scope="col">Target</th>
              <th scope="col">Limit</th>
              <th scope="col">Days remaining</th>
              <th scope="col">Law</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} class={row.overdue ? 'row-overdue' : undefined}>
                <th scope="row">{row.recipient}</th>
                <td>{row.jurisdiction}</td>
                <td>{row.target}</td>
                <td>{row.limit}</td>
                <td>
                  <span class={row.overdue ? 'status-overdue' : undefined}>{row.remaining}</span>
                  {row.hold ? <span class="status-hold">{row.hold}</span> : null}
                </td>
                <td>
                  <a href={row.sourceUrl} rel="noopener noreferrer">
                    {row.citation}
                  </a>
                  <span class="row-deadline">{row.deadline}.</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {drawn === 'all' && scale && dated.length > 0 ? (
        <figure class="timeline-visual" aria-labelledby="timeline-visual-caption">
          <figcaption id="timeline-visual-caption">
            Deadlines between discovery ({longDate(scale.start)}) and {longDate(scale.end)}. The dashed line is today.
          </figcaption>
          <ol class="timeline-lanes">
            {dated.map((row) => {
              const at = scale.at(row.limitDate!);
              return (
                <li class={`timeline-lane${row.overdue ? ' lane-overdue' : ''}${row.hold ? ' lane-held' : ''}`} key={row.id}>
                  <span class="lane-label">
                    {row.recipient} ({row.jurisdiction}): limit {row.limit}. {row.remaining}.{row.hold ? ' Held back by a law-enforcement delay.' : ''}
                  </span>
                  <span class="lane-track" aria-hidden="true">
                    <span class="lane-bar" style={{ width: `${at}%` }} />
                    {row.targetDate ? <span class="lane-target" style={{ left: `${scale.at(row.targetDate)}%` }} /> : null}
                    <span class="lane-limit" style={{ left: `${at}%` }} />
                    <span class="lane-today" style={{ left: `${todayAt}%` }} />
                  </span>
                </li>
              );
            })}
          </ol>
          <p class="timeline-legend" aria-hidden="true">
            <span class="legend-item">
              <span class="legend-target" /> target
            </span>
            <span class="legend-item">
              <span class="legend-limit" /> limit
            </span>
            <span class="legend-item">
              <span class="legend-today" /> today ({longDate(today)})
            </span>
          </p>
        </figure>
      ) : null}

      {drawn === 'all' && timeline.notCovered.length > 0 ? (
        <div class="not-covered">
          <h4>Not covered yet</h4>
          <p>Breachline does not yet cover these laws. That does not mean there is no obligation.</p>
          <ul>
            {timeline.notCovered.map((entry) => (
              <li key={entry.jurisdiction}>
                <strong>{entry.name}</strong> ({countWords(entry.affected)} affected): Not covered yet — check this law with counsel.{' '}
                <span class="not-covered-topics">{entry.topics.join('; ')}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {drawn === 'all' && timeline.satisfiedByHipaa.length > 0 ? (
        <details class="satisfied">
          <summary>Rules your HIPAA notice satisfies ({timeline.satisfiedByHipaa.length})</summary>
          <ul>
            {timeline.satisfiedByHipaa.map((rule) => (
              <li key={rule.ruleId}>
                {rule.recipientName} ({rule.citation}): {rule.hipaa}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
