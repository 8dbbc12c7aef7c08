import { Alert } from '../ui/Alert';

/** A page that could not be shown: its heading, then why, as a design-system error alert. */
export function PageProblem({ title, message }: { title: string; message: string }) {
  return (
    <div className="fr-my-4w">
      <h1>{title}</h1>
      <Alert severity="error" small description={message} />
    </div>
  );
}
