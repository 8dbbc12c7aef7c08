import type { ReactNode } from 'react';

/** One titled part of an information page, its heading linked to the region for assistive technologies. */
export function AboutSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="fr-mb-4w">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
