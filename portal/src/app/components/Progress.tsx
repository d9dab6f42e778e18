import { formatHours, formatPercent } from '../format';

/** Share of the execution period elapsed today (0–1), or undefined without dates. */
export function elapsedShare(start: string | null | undefined, end: string | null | undefined, today = new Date()): number | undefined {
  if (!start || !end) return undefined;
  const from = Date.parse(`${start}T00:00:00Z`);
  const to = Date.parse(`${end}T00:00:00Z`);
  if (!(to > from)) return undefined;
  return Math.min(1, Math.max(0, (today.getTime() - from) / (to - from)));
}

/** Hours realised against the target, with a mark where the pace says we should be today. */
export function ProgressBar({ realised, target, elapsed, label }: { realised: number; target: number; elapsed?: number; label: string }) {
  const ratio = target > 0 ? realised / target : 0;
  const width = Math.min(1, ratio);
  const behind = elapsed !== undefined && ratio < elapsed;
  return (
    <div>
      <div
        className="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(Math.min(ratio, 1) * 100)}
        aria-valuetext={`${formatHours(realised)} réalisées sur ${formatHours(target)} (${formatPercent(ratio)})${elapsed !== undefined ? `, ${formatPercent(elapsed)} de la durée écoulée` : ''}`}
      >
        <div className="progress-bar" style={{ width: `${width * 100}%` }} />
        {elapsed !== undefined && <div className="progress-mark" style={{ left: `calc(${elapsed * 100}% - 1px)` }} />}
      </div>
      <p className="legend">
        <span className="legend-swatch" style={{ background: '#1f5d50' }} aria-hidden="true" />
        {formatHours(realised)} sur {formatHours(target)} ({formatPercent(ratio)})
        {elapsed !== undefined && (
          <>
            {' · '}
            <span className="legend-swatch" style={{ background: '#a3401a', width: '0.25rem' }} aria-hidden="true" />
            {formatPercent(elapsed)} de la durée écoulée
            {' · '}
            <span className={behind ? 'pace behind' : 'pace'}>{behind ? 'en retard sur le rythme' : 'au rythme ou en avance'}</span>
          </>
        )}
      </p>
    </div>
  );
}
