// Joins class names, leaving out the absent ones (DSFR classes through fr.cx, our own as plain strings).

export function classNames(...names: (string | false | undefined | null)[]): string {
  return names.filter((name): name is string => typeof name === 'string' && name !== '').join(' ');
}
