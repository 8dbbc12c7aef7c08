import { NotFoundPage } from '../layout/NotFoundPage';
import { useI18n } from '../i18n/useI18n';
import { usePublicView } from '../realtime/usePublicView';
import { WitnessRevealSection, type CommittedSource } from './WitnessRevealSection';
import { WitnessSealSection } from './WitnessSealSection';
import { WitnessSecretSection } from './WitnessSecretSection';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import './witness.css';

/**
 * /temoin: a witness makes a secret and keeps it, later checks it against the commitment, or seals a
 * contribution to a drand round. `?p=<process>` checks against that process's commitment; `?tour=<round>`
 * fills in the round to seal to. Nothing typed or made here is sent anywhere.
 */
export function WitnessPage() {
  const { t } = useI18n();
  useDocumentTitle(t('pages.title.witness'));
  const query = new URLSearchParams(window.location.search);
  const processId = query.get('p') ?? undefined;
  const tour = query.get('tour');
  const initialRound = tour !== null && /^[1-9][0-9]{0,14}$/.test(tour) ? Number(tour) : undefined;
  return processId === undefined ? (
    <WitnessContent title={undefined} sources={undefined} initialRound={initialRound} />
  ) : (
    <ProcessWitness processId={processId} initialRound={initialRound} />
  );
}

function ProcessWitness({
  processId,
  initialRound,
}: {
  processId: string;
  initialRound: number | undefined;
}) {
  const { t } = useI18n();
  const load = usePublicView(processId);
  if (load.kind === 'missing') return <NotFoundPage />;
  if (load.kind === 'failed') return <p role="alert">{t('public.loadFailed')}</p>;
  if (load.kind === 'loading') return <p role="status">{t('public.loading')}</p>;
  const { view } = load;
  const sources = view.commitment?.commitment.sources.flatMap((source) =>
    source.commitment === undefined ? [] : [{ label: source.label, commitment: source.commitment }],
  );
  return <WitnessContent title={view.title} sources={sources} initialRound={initialRound} />;
}

function WitnessContent({
  title,
  sources,
  initialRound,
}: {
  title: string | undefined;
  sources: CommittedSource[] | undefined;
  initialRound: number | undefined;
}) {
  const { t } = useI18n();
  return (
    <article className="witness-page">
      <div className="witness-screen">
        <h1>{t('witness.title')}</h1>
        {title !== undefined && <p>{t('witness.processIntro', { title })}</p>}
        <p>{t('witness.intro')}</p>
      </div>
      <WitnessSecretSection />
      <WitnessRevealSection sources={sources} />
      <WitnessSealSection initialRound={initialRound} />
    </article>
  );
}
