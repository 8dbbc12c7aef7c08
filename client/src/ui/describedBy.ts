// The aria-describedby value of a control, built from the ids of the hints, errors and counters present.

/** The ids that are present, joined by spaces, or undefined when there are none. */
export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length === 0 ? undefined : present.join(' ');
}
