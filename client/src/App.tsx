import { PageLayout } from './layout/PageLayout';
import { VerifierPage } from './verifier/VerifierPage';

export function App() {
  return (
    <PageLayout>
      <VerifierPage />
    </PageLayout>
  );
}
