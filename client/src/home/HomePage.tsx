import { useEffect, useState } from 'react';
import type { ProcessStage } from '../../../shared/process/processStage';
import { apiGet } from '../api/apiClient';
import { CallList } from '../calls/CallList';
import { useI18n } from '../i18n/useI18n';
import { StatusLabel } from '../public/StatusLabel';
import { Link } from '../routing/Link';

interface Summary {
  id: string;
  title: string;
  /** The stage as the server folds it (processStage). */
  stage: ProcessStage;
}

export function HomePage() {
  const { t } = useI18n();
  const [processes, setProcesses] = useState<Summary[] | undefined>();
  useEffect(() => {
    apiGet<Summary[]>('/api/public/processes')
      .then(setProcesses)
      .catch(() => setProcesses([]));
  }, []);
  return (
    <article>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <h2>{t('home.processes')}</h2>
      {processes !== undefined && processes.length === 0 && <p>{t('home.none')}</p>}
      <ul>
        {processes?.map((process) => (
          <li key={process.id} data-testid="home-process">
            <Link href={`/p/${process.id}`}>{process.title}</Link> —{' '}
            <StatusLabel stage={process.stage} />
          </li>
        ))}
      </ul>
      <CallList />
      <ul className="nav-list">
        <li>
          <Link href="/verifier">{t('home.verifier')}</Link>
        </li>
        <li>
          <Link href="/temoin">{t('witness.home.link')}</Link>
        </li>
        <li>
          <Link href="/organiser">{t('home.organiser')}</Link>
        </li>
      </ul>
    </article>
  );
}
