import { useState } from 'react';
import { Button } from '../ui/Button';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { useI18n } from '../i18n/useI18n';
import { CopyButton } from './CopyButton';
import { commitmentOfSecret, downloadText, makeWitnessSecret } from './witnessSecret';

interface Made {
  secret: string;
  hash: string;
  createdAt: string;
}

/** Part 1: a secret made in the browser, its fingerprint to hand over, a file and a printed sheet to keep. */
export function WitnessSecretSection() {
  const { t, language } = useI18n();
  const [made, setMade] = useState<Made | undefined>();

  function make() {
    const secret = makeWitnessSecret();
    setMade({ secret, hash: commitmentOfSecret(secret), createdAt: new Date().toISOString() });
  }
  const date = made === undefined ? '' : formatDateTime(made.createdAt, language);

  function download() {
    if (made === undefined) return;
    const lines = [
      t('witness.sheet.title'),
      '',
      `${t('witness.file.secret')} : ${made.secret}`,
      `${t('witness.file.hash')} : ${made.hash}`,
      `${t('witness.file.created')} : ${date}`,
      '',
      t('witness.sheet.instructions'),
      '',
    ];
    downloadText(`temoin-secret-${made.hash.slice(0, 8)}.txt`, lines.join('\n'));
  }

  return (
    <section aria-labelledby="witness-create" className="witness-part">
      <div className="witness-screen">
        <h2 id="witness-create">{t('witness.create.heading')}</h2>
        <p>{t('witness.create.intro')}</p>
        {made === undefined && (
          <Button type="button" onClick={make}>
            {t('witness.create.button')}
          </Button>
        )}
        <div role="status" aria-live="polite">
          {made !== undefined && <p>{t('witness.create.created', { date })}</p>}
        </div>
        {made !== undefined && (
          <div className="witness-made" data-testid="witness-made">
            <WitnessValue name="secret" label={t('witness.create.secret')} value={made.secret} />
            <WitnessValue name="hash" label={t('witness.create.hash')} value={made.hash} />
            <div className="witness-actions">
              <CopyButton
                text={made.hash}
                label="witness.create.copy"
                done="witness.create.copied"
              />
              <Button
                type="button"
                priority="secondary"
                iconId="fr-icon-download-line"
                iconPosition="left"
                onClick={download}
              >
                {t('witness.create.download')}
              </Button>
              <Button
                type="button"
                priority="secondary"
                iconId="fr-icon-printer-line"
                iconPosition="left"
                onClick={() => window.print()}
              >
                {t('witness.create.print')}
              </Button>
            </div>
            <p>{t('witness.create.keep')}</p>
            {/* Another secret is the exception, not the next step: it comes last, as a quieter action. */}
            <Button type="button" priority="tertiary" onClick={make}>
              {t('witness.create.again')}
            </Button>
          </div>
        )}
      </div>
      {made !== undefined && (
        <div className="witness-sheet" data-testid="witness-sheet">
          <h2>{t('witness.sheet.title')}</h2>
          <dl>
            <dt>{t('witness.file.secret')}</dt>
            <dd className="witness-value">{made.secret}</dd>
            <dt>{t('witness.file.hash')}</dt>
            <dd className="witness-value">{made.hash}</dd>
            <dt>{t('witness.sheet.date')}</dt>
            <dd>{date}</dd>
          </dl>
          <p>{t('witness.sheet.instructions')}</p>
        </div>
      )}
    </section>
  );
}

/** A value shown to copy or write down, under its label; `name` makes the ids and the test id. */
function WitnessValue({ name, label, value }: { name: string; label: string; value: string }) {
  const labelId = `witness-${name}-label`;
  return (
    <>
      <p className="witness-value-label" id={labelId}>
        {label}
      </p>
      <p className="witness-value" aria-labelledby={labelId} data-testid={`witness-${name}`}>
        {value}
      </p>
    </>
  );
}
