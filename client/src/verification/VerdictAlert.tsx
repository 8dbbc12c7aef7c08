import { Alert } from '../ui/Alert';
import type { ReactNode } from 'react';
import './verdict.css';

/**
 * A verification's verdict as a DSFR alert: green and "réussi" when every check passed, red otherwise.
 * The words carry the verdict; the colour and the icon only repeat it. The `verdict ok|failed` class is
 * what tests and tools read.
 */
export function VerdictLines({ lines }: { lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <span key={line} className="verdict-line">
          {i > 0 && <br />}
          {line}
        </span>
      ))}
    </>
  );
}

export function VerdictAlert({
  ok,
  text,
  testId,
}: {
  ok: boolean;
  text: NonNullable<ReactNode>;
  testId?: string;
}) {
  return (
    <div className={ok ? 'verdict ok' : 'verdict failed'} data-testid={testId}>
      <Alert
        small
        severity={ok ? 'success' : 'error'}
        description={text}
        role={undefined}
        className="fr-mb-2w"
      />
    </div>
  );
}

/** A live region announcing a verdict of several lines once there is one. */
export function VerdictRegion({
  message,
  testId,
}: {
  message: { ok: boolean; lines: readonly string[] } | undefined;
  testId: string;
}) {
  return (
    <div role="status" aria-live="polite">
      {message !== undefined && (
        <VerdictAlert
          ok={message.ok}
          testId={testId}
          text={<VerdictLines lines={message.lines} />}
        />
      )}
    </div>
  );
}
